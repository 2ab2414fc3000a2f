package dev.zatta.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Panels laid out row-major in a grid (matplotlib's {@code fig.add_subplot(rows, cols, k)}), with an
 * optional figure title above them. Every panel has the same size in pixels. Immutable; built with
 * {@link #builder()}.
 */
public final class Figure {
    static {
        Headless.ensure();
    }

    /** Default width of one panel in pixels. */
    public static final int DEFAULT_PANEL_WIDTH = 480;
    /** Default height of one panel in pixels. */
    public static final int DEFAULT_PANEL_HEIGHT = 360;

    /** Height of the band that holds a one-line figure title. */
    private static final int TITLE_HEIGHT = 34;

    private final String title;
    private final int columns;
    private final int panelWidth;
    private final int panelHeight;
    private final List<Panel> panels;

    private Figure(Builder b) {
        this.title = b.title;
        this.panels = List.copyOf(b.panels);
        this.columns = b.columns == 0 ? panels.size() : Math.min(b.columns, panels.size());
        this.panelWidth = b.panelWidth;
        this.panelHeight = b.panelHeight;
    }

    /** A new builder: no title, all panels in one row, 480x360 px per panel. */
    public static Builder builder() {
        return new Builder();
    }

    /** The figure title ("" for none). */
    public String title() {
        return title;
    }

    /** The panels, row-major. */
    public List<Panel> panels() {
        return panels;
    }

    /** Panels per row. */
    public int columns() {
        return columns;
    }

    /** Number of rows. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Width of the whole figure in pixels. */
    public int width() {
        return columns * panelWidth;
    }

    /** Height of the whole figure in pixels. */
    public int height() {
        return titleHeight() + rows() * panelHeight;
    }

    /** Draws the figure into a new RGB image of {@link #width()} x {@link #height()} pixels. */
    public BufferedImage render() {
        return renderDetailed().image();
    }

    /** Draws the figure and reports where each panel's data area landed (for tests and annotations). */
    public RenderedFigure renderDetailed() {
        List<ChartRenderingInfo> infos = new ArrayList<>();
        List<XYPlot> plots = new ArrayList<>();
        BufferedImage image = Output.render(width(), height(), g2 -> paint(g2, infos, plots));
        return new RenderedFigure(image, infos, plots);
    }

    /** The figure as an SVG document (text as {@code <text>} elements). */
    public String toSvg() {
        return Output.svg(width(), height(), g2 -> paint(g2, new ArrayList<>(), new ArrayList<>()));
    }

    /**
     * Writes the figure as PNG or SVG, chosen by the extension ({@code .png} / {@code .svg}, any case);
     * other extensions are refused before anything is drawn. The file is written to a temporary name
     * in the same folder and renamed; missing parent folders are created.
     */
    public void save(Path file) throws IOException {
        Output.save(file, width(), height(), g2 -> paint(g2, new ArrayList<>(), new ArrayList<>()));
    }

    /** The title in 16 px, or smaller down to 11 px, or wrapped at 11 px: always within the figure's width. */
    private Text.Wrapped titleText() {
        return Text.fit(Style.FIGURE_TITLE, title, width() - 16.0, 11f);
    }

    private int titleHeight() {
        if (title.isEmpty()) {
            return 0;
        }
        Text.Wrapped t = titleText();
        return t.lines.size() == 1 ? TITLE_HEIGHT : t.height() + 14;
    }

    private void paint(Graphics2D g2, List<ChartRenderingInfo> infos, List<XYPlot> plots) {
        g2.setPaint(Style.PAPER);
        g2.fillRect(0, 0, width(), height());
        if (!title.isEmpty()) {
            titleText().draw(g2, Style.INK, width() / 2.0, 0, titleHeight());
        }
        for (int i = 0; i < panels.size(); i++) {
            int row = i / columns;
            int col = i % columns;
            JFreeChart chart = Charts.chart(panels.get(i));
            ChartRenderingInfo info = new ChartRenderingInfo(null); // no entity collection: only the data area is needed
            Rectangle2D area = new Rectangle2D.Double(col * panelWidth, titleHeight() + row * panelHeight,
                    panelWidth, panelHeight);
            chart.draw(g2, area, info);
            infos.add(info);
            plots.add(chart.getXYPlot());
        }
    }

    @Override
    public String toString() {
        return "figure" + (title.isEmpty() ? "" : " '" + title + "'") + " of " + panels.size() + " panels, "
                + width() + "x" + height() + " px";
    }

    /** Collects and validates the parts of a {@link Figure}. Not thread-safe. */
    public static final class Builder {
        private String title = "";
        private int columns;
        private int panelWidth = DEFAULT_PANEL_WIDTH;
        private int panelHeight = DEFAULT_PANEL_HEIGHT;
        private final List<Panel> panels = new ArrayList<>();

        private Builder() {}

        /** The figure title above all panels (matplotlib's {@code suptitle}). */
        public Builder title(String title) {
            if (title == null) {
                throw new IllegalArgumentException("figure title is null; expected a string (\"\" for none)");
            }
            this.title = title;
            return this;
        }

        /** Panels per row ({@code >= 1}); further panels wrap to new rows. Default: all in one row. */
        public Builder columns(int columns) {
            if (columns < 1) {
                throw new IllegalArgumentException("columns = " + columns + "; expected >= 1");
            }
            this.columns = columns;
            return this;
        }

        /** Size of each panel in pixels, 100..4000 each way. */
        public Builder panelSize(int width, int height) {
            if (width < 100 || width > 4000 || height < 100 || height > 4000) {
                throw new IllegalArgumentException("panelSize = " + width + "x" + height
                        + "; expected width and height in 100..4000 pixels");
            }
            this.panelWidth = width;
            this.panelHeight = height;
            return this;
        }

        /** Adds the next panel (row-major). */
        public Builder add(Panel panel) {
            if (panel == null) {
                throw new IllegalArgumentException("panel " + panels.size() + " is null; expected a Panel");
            }
            panels.add(panel);
            return this;
        }

        /** The immutable figure; it needs at least one panel. */
        public Figure build() {
            if (panels.isEmpty()) {
                throw new IllegalArgumentException("figure" + (title.isEmpty() ? "" : " '" + title + "'")
                        + " has no panels; expected at least one Panel");
            }
            return new Figure(this);
        }
    }
}
