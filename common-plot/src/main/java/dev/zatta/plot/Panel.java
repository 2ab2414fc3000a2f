package dev.zatta.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One set of axes (matplotlib's {@code Axes}): a title, axis labels, optional axis limits, an optional
 * log-scale y axis and a stack of {@link Layer}s drawn in order, each in the next tab10 colour.
 * Immutable; built with {@link #builder()}, which validates everything.
 *
 * <p>{@link #save(Path)} and {@link #render()} draw the panel alone, as a one-panel {@link Figure}
 * of the default size; put several panels side by side with {@link Figure}.
 */
public final class Panel {

    /** Where the legend goes; {@link #BEST} picks the inside corner that covers the fewest points. */
    public enum Legend {
        /** The inside corner with the fewest data points under it (like matplotlib's "best"). */
        BEST,
        /** Inside, top right. */
        UPPER_RIGHT,
        /** Inside, top left. */
        UPPER_LEFT,
        /** Inside, bottom left. */
        LOWER_LEFT,
        /** Inside, bottom right. */
        LOWER_RIGHT,
        /** Outside the axes, to their right (the axes narrow to make room): never over the data. */
        OUTSIDE_RIGHT,
        /** No legend. */
        NONE
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final double[] xRange;
    private final double[] yRange;
    private final boolean logY;
    private final Legend legend;
    private final List<Layer> layers;

    private Panel(Builder b) {
        this.title = b.title;
        this.xLabel = b.xLabel;
        this.yLabel = b.yLabel;
        this.xRange = b.xRange;
        this.yRange = b.yRange;
        this.logY = b.logY;
        this.legend = b.legend;
        this.layers = List.copyOf(b.layers);
    }

    /** A new builder: no title, no labels, automatic axis limits, linear y, legend at the best corner. */
    public static Builder builder() {
        return new Builder();
    }

    /** The panel title ("" for none). */
    public String title() {
        return title;
    }

    /** The x-axis label ("" for none). */
    public String xLabel() {
        return xLabel;
    }

    /** The y-axis label ("" for none). */
    public String yLabel() {
        return yLabel;
    }

    /** The fixed x limits {@code [lo, hi]}, if set. */
    public Optional<double[]> xRange() {
        return Optional.ofNullable(xRange).map(double[]::clone);
    }

    /** The fixed y limits {@code [lo, hi]}, if set. */
    public Optional<double[]> yRange() {
        return Optional.ofNullable(yRange).map(double[]::clone);
    }

    /** Whether the y axis is logarithmic. */
    public boolean logY() {
        return logY;
    }

    /** Where the legend goes. */
    public Legend legend() {
        return legend;
    }

    /** The layers, in drawing order. */
    public List<Layer> layers() {
        return layers;
    }

    /** Writes this panel alone (480x360 px) as PNG or SVG, by the extension; atomically. */
    public void save(Path file) throws IOException {
        alone().save(file);
    }

    /** Draws this panel alone (480x360 px). */
    public BufferedImage render() {
        return alone().render();
    }

    private Figure alone() {
        return Figure.builder().add(this).build();
    }

    /** How error messages name this panel. */
    String label() {
        return title.isEmpty() ? "panel (untitled)" : "panel '" + title + "'";
    }

    @Override
    public String toString() {
        return label() + " with " + layers.size() + " layers";
    }

    /** Collects and validates the parts of a {@link Panel}. Not thread-safe; {@link #build()} is repeatable. */
    public static final class Builder {
        private String title = "";
        private String xLabel = "";
        private String yLabel = "";
        private double[] xRange;
        private double[] yRange;
        private boolean logY;
        private Legend legend = Legend.BEST;
        private final List<Layer> layers = new ArrayList<>();

        private Builder() {}

        /** The title above the axes. */
        public Builder title(String title) {
            this.title = nonNull(title, "title");
            return this;
        }

        /** The label under the x axis. */
        public Builder xLabel(String label) {
            this.xLabel = nonNull(label, "xLabel");
            return this;
        }

        /** The label beside the y axis. */
        public Builder yLabel(String label) {
            this.yLabel = nonNull(label, "yLabel");
            return this;
        }

        /** Fixed x limits; {@code lo < hi}, both finite. */
        public Builder xRange(double lo, double hi) {
            this.xRange = range("xRange", lo, hi);
            return this;
        }

        /** Fixed y limits; {@code lo < hi}, both finite (and {@code lo > 0} with a log y axis). */
        public Builder yRange(double lo, double hi) {
            this.yRange = range("yRange", lo, hi);
            return this;
        }

        /** A logarithmic y axis (every value drawn must then be positive). */
        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Where the legend goes (default {@link Legend#BEST}). */
        public Builder legend(Legend legend) {
            if (legend == null) {
                throw new IllegalArgumentException("legend is null; expected one of "
                        + java.util.Arrays.toString(Legend.values()));
            }
            this.legend = legend;
            return this;
        }

        /** Adds a layer on top of those added before. */
        public Builder add(Layer layer) {
            if (layer == null) {
                throw new IllegalArgumentException("layer " + layers.size() + " is null; expected a Layer");
            }
            layers.add(layer);
            return this;
        }

        /** The validated, immutable panel. */
        public Panel build() {
            String label = title.isEmpty() ? "panel (untitled)" : "panel '" + title + "'";
            if (layers.isEmpty()) {
                throw new IllegalArgumentException(label + " has no layers; expected at least one Layer");
            }
            Set<String> names = new HashSet<>();
            for (Layer layer : layers) {
                if (!layer.name().isEmpty() && !names.add(layer.name())) {
                    throw new IllegalArgumentException(label + ": two layers are named '" + layer.name()
                            + "'; expected distinct legend names");
                }
            }
            if (logY) {
                if (yRange != null && yRange[0] <= 0) {
                    throw new IllegalArgumentException(label + ": log-scale y needs yRange lo > 0 but got lo = "
                            + yRange[0]);
                }
                for (Layer layer : layers) {
                    if (layer.kind() == Layer.Kind.BARS) {
                        throw new IllegalArgumentException(label + ": " + layer.label()
                                + " cannot be drawn on a log-scale y axis; expected logY(false) for bars");
                    }
                    for (int i = 0; i < layer.size(); i++) {
                        double low = layer.kind() == Layer.Kind.BAND ? layer.rawY(i) - layer.rawSd(i)
                                : layer.rawY(i);
                        if (low <= 0) {
                            String what = layer.kind() == Layer.Kind.BAND ? "mean[" + i + "] - sd[" + i + "]"
                                    : "y[" + i + "]";
                            throw new IllegalArgumentException(label + ": log-scale y needs positive values but "
                                    + layer.label() + " has " + what + " = " + low);
                        }
                    }
                }
            }
            return new Panel(this);
        }

        private static double[] range(String what, double lo, double hi) {
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
                throw new IllegalArgumentException(what + " = [" + lo + ", " + hi
                        + "]; expected finite limits with lo < hi");
            }
            return new double[] {lo, hi};
        }

        private static String nonNull(String s, String what) {
            if (s == null) {
                throw new IllegalArgumentException(what + " is null; expected a string (\"\" for none)");
            }
            return s;
        }
    }
}
