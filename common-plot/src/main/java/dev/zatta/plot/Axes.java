package dev.zatta.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Axes with matplotlib-like ticks: a few "nice" steps (1, 2, 2.5, 5 x 10^k) spaced for the pixels
 * actually available, labels with a consistent number of decimals and a true minus sign (U+2212).
 */
final class Axes {
    private Axes() {}

    /** Minimum distance in pixels between two labelled ticks on a horizontal / vertical axis. */
    static final double X_SPACING = 45;
    static final double Y_SPACING = 30;

    static final char MINUS = '\u2212';

    /** A linear axis choosing its tick step from the data area it is drawn in. */
    static final class Linear extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final boolean integers;

        Linear(String label, boolean integers) {
            super(label);
            this.integers = integers;
        }

        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            boolean horizontal = RectangleEdge.isTopOrBottom(edge);
            double pixels = horizontal ? dataArea.getWidth() : dataArea.getHeight();
            double spacing = horizontal ? X_SPACING : Y_SPACING;
            double span = getRange().getLength();
            int maxTicks = (int) Math.max(2, Math.min(9, Math.floor(pixels / spacing)));
            double step = niceStep(span, maxTicks, integers);
            // Fewer ticks while the widest label (or the font's height) does not fit between two ticks.
            while (maxTicks > 2) {
                NumberFormat f = format(step, maxAbs());
                double need = horizontal
                        ? Math.max(labelWidth(g2, f.format(getLowerBound())), labelWidth(g2, f.format(getUpperBound())))
                                + 14
                        : g2.getFontMetrics(getTickLabelFont()).getHeight() + 6;
                if (pixels * step / span >= need) {
                    break;
                }
                maxTicks--;
                step = niceStep(span, maxTicks, integers);
            }
            setTickUnit(new NumberTickUnit(step, format(step, maxAbs())), false, false);
        }

        private double maxAbs() {
            return Math.max(Math.abs(getLowerBound()), Math.abs(getUpperBound()));
        }

        private double labelWidth(Graphics2D g2, String s) {
            return getTickLabelFont().getStringBounds(s, g2.getFontRenderContext()).getWidth();
        }
    }

    /** The smallest step of 1, 2, 2.5, 5 x 10^k giving at most {@code maxTicks} intervals over {@code span}. */
    static double niceStep(double span, int maxTicks, boolean integers) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / maxTicks;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] mantissas = integers ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10};
        for (double m : mantissas) {
            double step = m * decade;
            if (step >= raw * (1 - 1e-9) && (!integers || step >= 1)) {
                return step;
            }
        }
        return Math.max(integers ? 1 : 0, 10 * decade);
    }

    /**
     * Plain decimals (as many as {@code step} needs) for everyday magnitudes; scientific ("1.5e−7",
     * "2e6") when the labels would otherwise be long: values of a million or more, or tiny steps on
     * tiny values. Zero is always "0".
     */
    static NumberFormat format(double step, double maxAbs) {
        if (maxAbs >= 1e6 || (step < 1e-4 && maxAbs < 1e-2)) {
            DecimalFormatSymbols sym = symbols();
            sym.setExponentSeparator("e");
            return new ZeroAware(new DecimalFormat("0.##E0", sym));
        }
        return format(step);
    }

    /** A format that writes zero as "0" and everything else through {@code inner}. */
    private static final class ZeroAware extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final NumberFormat inner;

        ZeroAware(NumberFormat inner) {
            this.inner = inner;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return Math.abs(number) < 1e-300 ? toAppendTo.append('0') : inner.format(number, toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return inner.parse(source, parsePosition);
        }
    }

    /** A format showing as many decimals as {@code step} needs, with a true minus sign. */
    static DecimalFormat format(double step) {
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(mantissa - 2.5) < 1e-6) {
            decimals++;
        }
        StringBuilder pattern = new StringBuilder("0");
        if (decimals > 0) {
            pattern.append('.').append("0".repeat(decimals));
        }
        DecimalFormat f = new DecimalFormat(pattern.toString(), symbols());
        return f;
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setMinusSign(MINUS);
        return s;
    }

    /** A short label for a positive value on a log axis: plain decimals ("0.5", "1000") or "2×1e−5". */
    static String logLabel(double v, boolean plain) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        if (plain) {
            return d.toPlainString();
        }
        int exp = (int) Math.floor(Math.log10(v) + 1e-9);
        double mant = v / Math.pow(10, exp);
        String m = new BigDecimal(mant).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return (m.equals("1") ? "" : m + "×") + "1e" + (exp < 0 ? MINUS + String.valueOf(-exp) : exp);
    }

    /**
     * A log-scale y axis with ticks at 10^k, or at 1, 2, 5 x 10^k, or at 1..9 x 10^k (whichever first gives
     * at least four ticks); a tick gets a label only where it is far enough from the last labelled one,
     * the others stay as short minor ticks.
     */
    static final class Log extends LogAxis {
        private static final long serialVersionUID = 1L;

        Log(String label) {
            super(label);
            setMinorTickMarksVisible(true);
            setMinorTickMarkOutsideLength(2f);
            setMinorTickMarkInsideLength(0f);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            double lo = getRange().getLowerBound();
            double hi = getRange().getUpperBound();
            List<Double> values = null;
            double[][] sets = {{1}, {1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
            for (double[] set : sets) {
                values = candidates(lo, hi, set);
                if (values.size() >= 4) {
                    break;
                }
            }
            // Long spans: only every n-th decade.
            if (values.size() > 12) {
                int stride = (int) Math.ceil(values.size() / 10.0);
                List<Double> thinned = new ArrayList<>();
                for (Double v : values) {
                    if (Math.round(Math.log10(v)) % stride == 0) {
                        thinned.add(v);
                    }
                }
                values = thinned;
            }
            // Decades get labels first, then 2 and 5 x 10^k, then the rest, each only where it is clear of
            // every label already placed.
            double gap = g2.getFontMetrics(getTickLabelFont()).getHeight() + 4;
            List<Double> labelled = new ArrayList<>();
            for (int priority = 0; priority < 3; priority++) {
                for (double v : values) {
                    if (priority(v) != priority) {
                        continue;
                    }
                    double y = valueToJava2D(v, dataArea, edge);
                    boolean clear = true;
                    for (double other : labelled) {
                        clear &= Math.abs(y - other) >= gap;
                    }
                    if (clear) {
                        labelled.add(y);
                    }
                }
            }
            // One notation for all labels: plain decimals when every labelled value reads well that way.
            boolean plain = true;
            for (double v : values) {
                if (labelled.contains(valueToJava2D(v, dataArea, edge))) {
                    plain &= v >= 1e-3 && v < 1e4;
                }
            }
            List<ValueTick> ticks = new ArrayList<>();
            for (double v : values) {
                boolean label = labelled.contains(valueToJava2D(v, dataArea, edge));
                TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
                ticks.add(new NumberTick(label ? TickType.MAJOR : TickType.MINOR, v, label ? logLabel(v, plain) : "",
                        anchor, anchor, 0.0));
            }
            return ticks;
        }

        private static int priority(double v) {
            double mantissa = Math.round(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)) * 1e6) / 1e6;
            return mantissa == 1 ? 0 : mantissa == 2 || mantissa == 5 ? 1 : 2;
        }

        private static List<Double> candidates(double lo, double hi, double[] mantissas) {
            List<Double> out = new ArrayList<>();
            int k0 = (int) Math.floor(Math.log10(lo)) - 1;
            int k1 = (int) Math.ceil(Math.log10(hi)) + 1;
            for (int k = k0; k <= k1; k++) {
                for (double m : mantissas) {
                    double v = m * Math.pow(10, k);
                    if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                        out.add(v);
                    }
                }
            }
            return out;
        }
    }
}
