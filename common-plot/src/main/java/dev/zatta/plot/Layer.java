package dev.zatta.plot;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One data series of a {@link Panel}: scattered points, a line, a dashed line, a mean with a shaded
 * ±σ band, or bars. Immutable: the arrays are copied in and out. The factories refuse NaN or infinite
 * values, empty series and mismatched lengths with a message that names the series.
 *
 * <p>The {@code name} is the legend entry; an empty name keeps the layer out of the legend.
 */
public final class Layer {

    /** What a layer draws. */
    public enum Kind {
        /** Points as filled circles. */
        SCATTER,
        /** A solid line through the points in the given order. */
        LINE,
        /** A solid line with a marker at each point. */
        LINE_WITH_MARKERS,
        /** A dashed line (the "true function" of a regression plot). */
        DASHED_LINE,
        /** A line through the means with a translucent band from mean−σ to mean+σ. */
        BAND,
        /** Vertical bars from zero to each value, centred on x. */
        BARS
    }

    private final Kind kind;
    private final String name;
    private final double[] x;
    private final double[] y;
    private final double[] sd;
    private final Color color;

    private Layer(Kind kind, String name, double[] x, double[] y, double[] sd, Color color) {
        this.kind = kind;
        this.name = name;
        this.x = x;
        this.y = y;
        this.sd = sd;
        this.color = color;
    }

    /** Points {@code (x[i], y[i])} drawn as filled circles (matplotlib's {@code scatter}). */
    public static Layer scatter(String name, double[] x, double[] y) {
        return xy(Kind.SCATTER, name, x, y);
    }

    /** A solid line through {@code (x[i], y[i])} in the given order (matplotlib's {@code plot}). */
    public static Layer line(String name, double[] x, double[] y) {
        return xy(Kind.LINE, name, x, y);
    }

    /** A solid line with a circular marker at every point ({@code plot(x, y, "o-")}). */
    public static Layer lineWithMarkers(String name, double[] x, double[] y) {
        return xy(Kind.LINE_WITH_MARKERS, name, x, y);
    }

    /** A dashed line ({@code plot(x, y, "--")}), e.g. the true function behind the data. */
    public static Layer dashedLine(String name, double[] x, double[] y) {
        return xy(Kind.DASHED_LINE, name, x, y);
    }

    /**
     * A line through {@code mean} with a band from {@code mean - sd} to {@code mean + sd} in the same
     * colour at 25 % opacity (matplotlib's {@code plot} + {@code fill_between(alpha=0.25)}).
     * Every {@code sd[i]} must be finite and non-negative.
     */
    public static Layer band(String name, double[] x, double[] mean, double[] sd) {
        String label = label(Kind.BAND, name);
        check(label, "x", x);
        check(label, "mean", mean);
        check(label, "sd", sd);
        sameLength(label, "x", x, "mean", mean);
        sameLength(label, "x", x, "sd", sd);
        for (int i = 0; i < sd.length; i++) {
            if (sd[i] < 0) {
                throw new IllegalArgumentException(label + ": sd[" + i + "] = " + sd[i]
                        + " is negative; expected a standard deviation >= 0");
            }
        }
        return new Layer(Kind.BAND, name, x.clone(), mean.clone(), sd.clone(), null);
    }

    /**
     * Vertical bars from zero to {@code y[i]} centred on {@code x[i]} (negative values hang below the
     * zero line), e.g. a score against a model size. Several bar layers in one panel stand side by side.
     */
    public static Layer bars(String name, double[] x, double[] y) {
        return xy(Kind.BARS, name, x, y);
    }

    /** This layer drawn in {@code color} instead of the panel's next tab10 colour. */
    public Layer withColor(Color color) {
        Objects.requireNonNull(color, () -> label(kind, name) + ": color is null");
        return new Layer(kind, name, x, y, sd, color);
    }

    /** What this layer draws. */
    public Kind kind() {
        return kind;
    }

    /** The legend entry ("" for none). */
    public String name() {
        return name;
    }

    /** A copy of the x values. */
    public double[] x() {
        return x.clone();
    }

    /** A copy of the y values (the means of a band). */
    public double[] y() {
        return y.clone();
    }

    /** A copy of the standard deviations of a band; empty for other kinds. */
    public double[] sd() {
        return sd == null ? new double[0] : sd.clone();
    }

    /** The explicit colour, if {@link #withColor} set one. */
    public Optional<Color> color() {
        return Optional.ofNullable(color);
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    double rawX(int i) {
        return x[i];
    }

    double rawY(int i) {
        return y[i];
    }

    double rawSd(int i) {
        return sd[i];
    }

    /** The series as error messages name it, e.g. {@code scatter series 'data'}. */
    String label() {
        return label(kind, name);
    }

    private static Layer xy(Kind kind, String name, double[] x, double[] y) {
        String label = label(kind, name);
        check(label, "x", x);
        check(label, "y", y);
        sameLength(label, "x", x, "y", y);
        return new Layer(kind, name, x.clone(), y.clone(), null, null);
    }

    private static String label(Kind kind, String name) {
        if (name == null) {
            throw new IllegalArgumentException(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " series name is null; expected a legend label (\"\" for none)");
        }
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " series '" + name + "'";
    }

    private static void check(String label, String what, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(label + ": " + what + " is null; expected an array of numbers");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(label + ": " + what + " is empty; expected at least one point");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(label + ": " + what + "[" + i + "] = " + values[i]
                        + "; expected a finite number");
            }
        }
    }

    private static void sameLength(String label, String a, double[] xa, String b, double[] xb) {
        if (xa.length != xb.length) {
            throw new IllegalArgumentException(label + ": " + a + " has " + xa.length + " values but " + b
                    + " has " + xb.length + "; expected the same length");
        }
    }

    @Override
    public String toString() {
        return label() + " (" + x.length + " points)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer && ((Layer) o).kind == kind && ((Layer) o).name.equals(name)
                && Arrays.equals(((Layer) o).x, x) && Arrays.equals(((Layer) o).y, y)
                && Arrays.equals(((Layer) o).sd, sd) && Objects.equals(((Layer) o).color, color);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, Arrays.hashCode(x), Arrays.hashCode(y), Arrays.hashCode(sd), color);
    }
}
