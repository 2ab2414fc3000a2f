package dev.zatta.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Turns an immutable {@link Panel} into a freshly styled JFreeChart (one per drawing). */
final class Charts {
    static {
        Headless.ensure();
        // JFreeChart's workaround draws rotated text (the y-axis label) as a TextLayout, which JFreeSVG can
        // only record as glyph outlines; plain drawString keeps it a <text> element. JDK 17 rotates
        // drawString correctly, so the workaround is not needed (this is a JVM-wide JFreeChart setting).
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private static final Stroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    /** matplotlib's "--": dashes of 3.7 and gaps of 1.6 line widths. */
    private static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6.5f, 3f}, 0f);
    private static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape SMALL_DOT = new Ellipse2D.Double(-3, -3, 6, 6);
    private static final Shape LEGEND_LINE = new Line2D.Double(-11, 0, 11, 0);

    private Charts() {}

    /** A series key that shows the layer's name but stays unique when names are empty. */
    private static final class Key implements Comparable<Key> {
        final String name;
        final int index;

        Key(String name, int index) {
            this.name = name;
            this.index = index;
        }

        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static JFreeChart chart(Panel panel) {
        List<Layer> layers = panel.layers();
        boolean hasBars = layers.stream().anyMatch(l -> l.kind() == Layer.Kind.BARS);

        // Integer x everywhere (degrees, epochs): integer ticks only.
        boolean integerX = layers.stream().allMatch(Charts::integerX);
        NumberAxis x = new Axes.Linear(panel.xLabel().isEmpty() ? null : panel.xLabel(), integerX);
        x.setAutoRangeIncludesZero(false);
        x.setAutoRangeStickyZero(false);
        styleAxis(x);
        ValueAxis y;
        if (panel.logY()) {
            LogAxis log = new Axes.Log(panel.yLabel().isEmpty() ? null : panel.yLabel());
            log.setSmallestValue(1e-300);
            y = log;
        } else {
            NumberAxis ny = new Axes.Linear(panel.yLabel().isEmpty() ? null : panel.yLabel(), false);
            // Bars stand on zero, so zero is in range and no margin is added beyond it (as matplotlib's bar).
            ny.setAutoRangeIncludesZero(hasBars);
            ny.setAutoRangeStickyZero(hasBars);
            y = ny;
        }
        styleAxis(y);

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Style.PAPER);
        plot.setOutlinePaint(Style.FRAME);
        plot.setOutlineStroke(new BasicStroke(0.9f));
        Stroke gridStroke = new BasicStroke(0.8f);
        plot.setDomainGridlinePaint(Style.GRID);
        plot.setRangeGridlinePaint(Style.GRID);
        plot.setDomainGridlineStroke(gridStroke);
        plot.setRangeGridlineStroke(gridStroke);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 14));
        if (hasBars) {
            plot.setRangeZeroBaselineVisible(true);
            plot.setRangeZeroBaselinePaint(Style.FRAME);
            plot.setRangeZeroBaselineStroke(new BasicStroke(0.9f));
        }

        addLayers(plot, layers);

        // A single x or y value (one point, a constant series) gives no span to scale: widen it around the
        // value as matplotlib does (by 5 %, plus the 5 % margin), rather than zooming into rounding noise.
        if (panel.xRange().isEmpty() && !hasBars) {
            double[] b = bounds(layers, true);
            if (degenerate(b)) {
                x.setRange(widen(b[0], false));
            }
        }
        if (panel.yRange().isEmpty()) {
            double[] b = bounds(layers, false);
            if (degenerate(b)) {
                y.setRange(widen(b[0], panel.logY()));
            }
        }
        panel.xRange().ifPresent(r -> x.setRange(r[0], r[1]));
        panel.yRange().ifPresent(r -> y.setRange(r[0], r[1]));

        JFreeChart chart = new JFreeChart(null, Style.TITLE, plot, false);
        chart.setBackgroundPaint(Style.PAPER);
        chart.setPadding(new RectangleInsets(4, 6, 6, 4));
        if (!panel.title().isEmpty()) {
            TextTitle title = new TextTitle(panel.title(), Style.TITLE);
            title.setPaint(Style.INK);
            title.setPadding(new RectangleInsets(2, 0, 6, 0));
            chart.setTitle(title);
        }
        addLegend(chart, plot, panel);
        return chart;
    }

    /** One dataset and renderer per layer, in order; all bar layers share one clustered dataset. */
    private static void addLayers(XYPlot plot, List<Layer> layers) {
        int cycle = 0;
        int dataset = 0;
        XYSeriesCollection bars = null;
        ClusteredXYBarRenderer barRenderer = null;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Color color = layer.color().orElse(null);
            if (color == null) {
                color = Palette.tab10(cycle++);
            }
            Key key = new Key(layer.name(), i);
            boolean inLegend = !layer.name().isEmpty();
            switch (layer.kind()) {
                case BAND: {
                    YIntervalSeries s = new YIntervalSeries(key, true, true);
                    for (int k = 0; k < layer.size(); k++) {
                        double m = layer.rawY(k);
                        double sd = layer.rawSd(k);
                        s.add(layer.rawX(k), m, m - sd, m + sd);
                    }
                    YIntervalSeriesCollection c = new YIntervalSeriesCollection();
                    c.addSeries(s);
                    DeviationRenderer r = new DeviationRenderer(true, false);
                    r.setSeriesPaint(0, color);
                    r.setSeriesFillPaint(0, color);
                    r.setSeriesStroke(0, LINE);
                    r.setAlpha(Style.BAND_ALPHA);
                    r.setLegendLine(LEGEND_LINE);
                    r.setSeriesVisibleInLegend(0, inLegend);
                    plot.setDataset(dataset, c);
                    plot.setRenderer(dataset, r);
                    dataset++;
                    break;
                }
                case BARS: {
                    if (bars == null) {
                        bars = new XYSeriesCollection();
                        barRenderer = new ClusteredXYBarRenderer(0.0, false);
                        barRenderer.setBarPainter(new StandardXYBarPainter());
                        barRenderer.setShadowVisible(false);
                        barRenderer.setDrawBarOutline(false);
                        barRenderer.setBase(0.0);
                        plot.setDataset(dataset, new XYBarDataset(bars, barWidth(layers)));
                        plot.setRenderer(dataset, barRenderer);
                        dataset++;
                    }
                    int s = bars.getSeriesCount();
                    bars.addSeries(xySeries(key, layer));
                    barRenderer.setSeriesPaint(s, color);
                    barRenderer.setSeriesVisibleInLegend(s, inLegend);
                    break;
                }
                default: {
                    XYSeriesCollection c = new XYSeriesCollection();
                    c.addSeries(xySeries(key, layer));
                    boolean lines = layer.kind() != Layer.Kind.SCATTER;
                    boolean shapes = layer.kind() == Layer.Kind.SCATTER
                            || layer.kind() == Layer.Kind.LINE_WITH_MARKERS;
                    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, shapes);
                    r.setSeriesPaint(0, color);
                    r.setSeriesStroke(0, layer.kind() == Layer.Kind.DASHED_LINE ? DASHED : LINE);
                    r.setSeriesShape(0, layer.kind() == Layer.Kind.SCATTER ? DOT : SMALL_DOT);
                    r.setDrawSeriesLineAsPath(true);
                    r.setLegendLine(LEGEND_LINE);
                    r.setSeriesVisibleInLegend(0, inLegend);
                    plot.setDataset(dataset, c);
                    plot.setRenderer(dataset, r);
                    dataset++;
                    break;
                }
            }
        }
    }

    /**
     * The legend in a light framed box: inside the axes at the panel's chosen (or best) corner, or beside
     * them ({@link Panel.Legend#OUTSIDE_RIGHT}).
     */
    private static void addLegend(JFreeChart chart, XYPlot plot, Panel panel) {
        boolean anyNamed = panel.layers().stream().anyMatch(l -> !l.name().isEmpty());
        if (panel.legend() == Panel.Legend.NONE || !anyNamed) {
            return;
        }
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(Style.LEGEND);
        legend.setItemPaint(Style.INK);
        legend.setBackgroundPaint(Style.LEGEND_BACKGROUND);
        legend.setFrame(new BlockBorder(new RectangleInsets(0.8, 0.8, 0.8, 0.8), Style.LEGEND_FRAME));
        legend.setPadding(new RectangleInsets(3, 5, 3, 6));
        legend.setItemLabelPadding(new RectangleInsets(1, 4, 1, 2));
        // A vertical list, as matplotlib draws it.
        legend.setPosition(RectangleEdge.RIGHT);
        if (panel.legend() == Panel.Legend.OUTSIDE_RIGHT) {
            legend.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.TOP);
            legend.setMargin(new RectangleInsets(0, 6, 0, 0));
            chart.addLegend(legend);
            return;
        }
        Panel.Legend where = panel.legend() == Panel.Legend.BEST
                ? best(panel, plot.getDomainAxis().getRange(), plot.getRangeAxis())
                : panel.legend();
        double m = 0.015;
        XYTitleAnnotation a;
        switch (where) {
            case UPPER_LEFT:
                a = new XYTitleAnnotation(m, 1 - m, legend, RectangleAnchor.TOP_LEFT);
                break;
            case LOWER_LEFT:
                a = new XYTitleAnnotation(m, m, legend, RectangleAnchor.BOTTOM_LEFT);
                break;
            case LOWER_RIGHT:
                a = new XYTitleAnnotation(1 - m, m, legend, RectangleAnchor.BOTTOM_RIGHT);
                break;
            default:
                a = new XYTitleAnnotation(1 - m, 1 - m, legend, RectangleAnchor.TOP_RIGHT);
                break;
        }
        a.setMaxWidth(0.6);
        plot.addAnnotation(a);
    }

    /** {min, max} of every x (or every drawn y: mean ± σ, and zero for bars) over all layers. */
    private static double[] bounds(List<Layer> layers, boolean xs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Layer l : layers) {
            for (int i = 0; i < l.size(); i++) {
                double v = xs ? l.rawX(i) : l.rawY(i);
                double sd = !xs && l.kind() == Layer.Kind.BAND ? l.rawSd(i) : 0;
                lo = Math.min(lo, v - sd);
                hi = Math.max(hi, v + sd);
                if (!xs && l.kind() == Layer.Kind.BARS) {
                    lo = Math.min(lo, 0);
                    hi = Math.max(hi, 0);
                }
            }
        }
        return new double[] {lo, hi};
    }

    private static boolean degenerate(double[] b) {
        return b[1] - b[0] <= 1e-9 * Math.max(1.0, Math.max(Math.abs(b[0]), Math.abs(b[1])));
    }

    private static Range widen(double v, boolean log) {
        if (log) {
            return new Range(v / 1.25, v * 1.25);
        }
        double d = v == 0 ? 0.055 : 0.055 * Math.abs(v);
        return new Range(v - d, v + d);
    }

    private static XYSeries xySeries(Key key, Layer layer) {
        XYSeries s = new XYSeries(key, false, true);
        for (int k = 0; k < layer.size(); k++) {
            s.add(layer.rawX(k), layer.rawY(k), false);
        }
        return s;
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(Style.LABEL);
        axis.setLabelPaint(Style.INK);
        axis.setTickLabelFont(Style.TICK);
        axis.setTickLabelPaint(Style.INK);
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(Style.FRAME);
        axis.setTickMarkStroke(new BasicStroke(0.9f));
        axis.setTickMarkInsideLength(0f);
        axis.setTickMarkOutsideLength(4f);
        axis.setLowerMargin(0.05);
        axis.setUpperMargin(0.05);
    }

    private static boolean integerX(Layer layer) {
        for (int i = 0; i < layer.size(); i++) {
            if (layer.rawX(i) != Math.rint(layer.rawX(i))) {
                return false;
            }
        }
        return true;
    }

    /** 80 % of the smallest gap between distinct bar positions (0.8 when there is one position). */
    private static double barWidth(List<Layer> layers) {
        List<Double> xs = new ArrayList<>();
        for (Layer l : layers) {
            if (l.kind() == Layer.Kind.BARS) {
                for (int i = 0; i < l.size(); i++) {
                    xs.add(l.rawX(i));
                }
            }
        }
        xs.sort(null);
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < xs.size(); i++) {
            double d = xs.get(i) - xs.get(i - 1);
            if (d > 0) {
                gap = Math.min(gap, d);
            }
        }
        return 0.8 * (Double.isInfinite(gap) ? 1.0 : gap);
    }

    /**
     * The inside corner whose 40 % x 40 % box holds the fewest drawn points (upper right, upper left,
     * lower left, lower right on ties).
     */
    static Panel.Legend best(Panel panel, Range xr, ValueAxis yAxis) {
        Range yr = yAxis.getRange();
        boolean log = yAxis instanceof LogAxis;
        Panel.Legend[] order = {Panel.Legend.UPPER_RIGHT, Panel.Legend.UPPER_LEFT, Panel.Legend.LOWER_LEFT,
            Panel.Legend.LOWER_RIGHT};
        int[] count = new int[4];
        for (Layer l : panel.layers()) {
            for (int i = 0; i < l.size(); i++) {
                double u = (l.rawX(i) - xr.getLowerBound()) / xr.getLength();
                double[] ys;
                if (l.kind() == Layer.Kind.BAND) {
                    ys = new double[] {l.rawY(i), l.rawY(i) - l.rawSd(i), l.rawY(i) + l.rawSd(i)};
                } else if (l.kind() == Layer.Kind.BARS) {
                    // a bar covers everything from zero to its value
                    ys = new double[11];
                    for (int k = 0; k <= 10; k++) {
                        ys[k] = l.rawY(i) * k / 10.0;
                    }
                } else {
                    ys = new double[] {l.rawY(i)};
                }
                for (double yv : ys) {
                    double v = log
                            ? (Math.log(Math.max(yv, 1e-300)) - Math.log(yr.getLowerBound()))
                                    / (Math.log(yr.getUpperBound()) - Math.log(yr.getLowerBound()))
                            : (yv - yr.getLowerBound()) / yr.getLength();
                    boolean right = u > 0.6;
                    boolean left = u < 0.4;
                    boolean top = v > 0.6;
                    boolean bottom = v < 0.4;
                    if (top && right) {
                        count[0]++;
                    }
                    if (top && left) {
                        count[1]++;
                    }
                    if (bottom && left) {
                        count[2]++;
                    }
                    if (bottom && right) {
                        count[3]++;
                    }
                }
            }
        }
        int bestIndex = 0;
        for (int k = 1; k < 4; k++) {
            if (count[k] < count[bestIndex]) {
                bestIndex = k;
            }
        }
        return order[bestIndex];
    }
}
