/**
 * The one plotting module of zatta: JFreeChart charts and Java2D image grids, written as PNG or
 * SVG, always headless.
 */
module dev.zatta.plot {
    requires transitive java.desktop;
    requires dev.zatta.io;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;

    exports dev.zatta.plot;
}
