package dev.zatta.vb;

/**
 * Where a fit reports its predictive distribution: {@code count} points evenly spaced on [lo, hi]
 * ({@link Span}), or on the x range of the data it was fitted to ({@link DataRange}). Immutable.
 */
public sealed interface PredictionGrid permits PredictionGrid.Span, PredictionGrid.DataRange {
    /** Points of {@link #dataRange()}. */
    int DEFAULT_COUNT = 101;

    /** {@value #DEFAULT_COUNT} points over the data's x range (one point if all x are equal). */
    static PredictionGrid dataRange() {
        return new DataRange(DEFAULT_COUNT);
    }

    /** {@code count} points evenly spaced on [lo, hi]. */
    static Span span(double lo, double hi, int count) {
        return new Span(lo, hi, count);
    }

    /**
     * Parses {@code LO:HI:COUNT}, as the command lines take it.
     *
     * @throws IllegalArgumentException unless LO and HI are finite, LO ≤ HI and COUNT ≥ 1
     */
    static Span parse(String text) {
        String[] p = text.split(":", -1);
        if (p.length == 3) {
            try {
                double lo = Double.parseDouble(p[0]);
                double hi = Double.parseDouble(p[1]);
                int count = Integer.parseInt(p[2]);
                if (Span.valid(lo, hi, count)) {
                    return new Span(lo, hi, count);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("grid: expected LO:HI:COUNT with finite LO <= HI and COUNT >= 1, got '"
                + text + "'");
    }

    /** The points, for data whose x lie in [xMin, xMax]. */
    double[] points(double xMin, double xMax);

    /**
     * {@code count} points evenly spaced on [lo, hi] (lo itself when count = 1).
     *
     * @param lo finite
     * @param hi finite, ≥ lo
     * @param count ≥ 1
     */
    record Span(double lo, double hi, int count) implements PredictionGrid {
        /** @throws IllegalArgumentException unless lo, hi finite, lo ≤ hi and count ≥ 1 */
        public Span {
            if (!valid(lo, hi, count)) {
                throw new IllegalArgumentException("grid: expected finite lo <= hi and count >= 1, got " + lo + ":" + hi
                        + ":" + count);
            }
        }

        private static boolean valid(double lo, double hi, int count) {
            return Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi && count >= 1;
        }

        @Override
        public double[] points(double xMin, double xMax) {
            return Figures.grid(lo, hi, count);
        }
    }

    /**
     * {@code count} points evenly spaced over the data's x range; a single point when the data have
     * one x value.
     *
     * @param count ≥ 1
     */
    record DataRange(int count) implements PredictionGrid {
        /** @throws IllegalArgumentException for count &lt; 1 */
        public DataRange {
            if (count < 1) {
                throw new IllegalArgumentException("count: expected an integer >= 1, got " + count);
            }
        }

        @Override
        public double[] points(double xMin, double xMax) {
            return Figures.grid(xMin, xMax, xMin == xMax ? 1 : count);
        }
    }
}
