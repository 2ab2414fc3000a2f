package dev.zatta.plot;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A drawn {@link Figure} together with where each panel's data area is, so that a data coordinate can be
 * mapped to a pixel (tests use this to look at the pixels under a curve or a band).
 */
public final class RenderedFigure {
    private final BufferedImage image;
    private final List<ChartRenderingInfo> infos;
    private final List<XYPlot> plots;

    RenderedFigure(BufferedImage image, List<ChartRenderingInfo> infos, List<XYPlot> plots) {
        this.image = image;
        this.infos = List.copyOf(infos);
        this.plots = List.copyOf(plots);
    }

    /** The drawn image (a fresh copy each call, so this object stays unchanged). */
    public BufferedImage image() {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        copy.setData(image.getData());
        return copy;
    }

    /** The rectangle, in image pixels, inside the axes of panel {@code panel} (0-based, row-major). */
    public Rectangle2D dataArea(int panel) {
        return (Rectangle2D) infos.get(check(panel)).getPlotInfo().getDataArea().clone();
    }

    /** The image column (fractional) where data value {@code x} lies in panel {@code panel}. */
    public double xToPixel(int panel, double x) {
        XYPlot plot = plots.get(check(panel));
        return plot.getDomainAxis().valueToJava2D(x, dataArea(panel), plot.getDomainAxisEdge());
    }

    /** The image row (fractional) where data value {@code y} lies in panel {@code panel}. */
    public double yToPixel(int panel, double y) {
        XYPlot plot = plots.get(check(panel));
        return plot.getRangeAxis().valueToJava2D(y, dataArea(panel), plot.getRangeAxisEdge());
    }

    private int check(int panel) {
        if (panel < 0 || panel >= plots.size()) {
            throw new IllegalArgumentException("panel " + panel + " does not exist; expected 0.."
                    + (plots.size() - 1));
        }
        return panel;
    }
}
