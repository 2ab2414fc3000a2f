package dev.zatta.vb;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a fit knows of its data after one pass: the sufficient statistics for its basis, the x range,
 * the first rows (for a plot), where the rows came from and how long the pass took. A single-machine
 * pass builds it with a {@link #collector}; a pass elsewhere (a cluster) can build it from its own
 * aggregate with {@link #of}. Immutable.
 */
public final class DataSummary {
    /** Rows kept for a plot by default; the fit itself uses every row. */
    public static final int DEFAULT_SAMPLE_ROWS = 5000;

    private final String source;
    private final SufficientStatistics statistics;
    private final double xMin;
    private final double xMax;
    private final double[] sampleX;
    private final double[] sampleT;
    private final double seconds;

    private DataSummary(String source, SufficientStatistics statistics, double xMin, double xMax, double[] sampleX,
            double[] sampleT, double seconds) {
        this.source = source;
        this.statistics = statistics;
        this.xMin = xMin;
        this.xMax = xMax;
        this.sampleX = sampleX;
        this.sampleT = sampleT;
        this.seconds = seconds;
    }

    /**
     * A summary from its parts.
     *
     * @param source where the rows came from (a file name, "stdin"), for messages
     * @param statistics N ≥ 1 rows' ΦᵀΦ, Φᵀt, tᵀt
     * @param xMin the smallest x
     * @param xMax the largest x
     * @param sampleX x of the rows kept for a plot (at most N)
     * @param sampleT t of the same rows
     * @param seconds wall time of the pass, ≥ 0
     * @throws IllegalArgumentException naming the bad part
     */
    public static DataSummary of(String source, SufficientStatistics statistics, double xMin, double xMax,
            double[] sampleX, double[] sampleT, double seconds) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(statistics, "statistics");
        if (statistics.count() == 0) {
            throw new IllegalArgumentException("data: expected at least one row, got none");
        }
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin <= xMax)) {
            throw new IllegalArgumentException("x range: expected finite xMin <= xMax, got [" + xMin + ", " + xMax + "]");
        }
        if (sampleX.length != sampleT.length || sampleX.length > statistics.count()) {
            throw new IllegalArgumentException("sample: expected x and t of the same length <= N = " + statistics.count()
                    + ", got " + sampleX.length + " and " + sampleT.length);
        }
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds: expected a number >= 0, got " + seconds);
        }
        return new DataSummary(source, statistics, xMin, xMax, sampleX.clone(), sampleT.clone(), seconds);
    }

    /**
     * A summary of in-memory rows for {@code basis}, keeping the first {@value #DEFAULT_SAMPLE_ROWS}.
     *
     * @throws IllegalArgumentException for no rows, arrays of different lengths or a non-finite value
     */
    public static DataSummary of(String source, Basis basis, double[] x, double[] t) {
        long start = System.nanoTime();
        SufficientStatistics stats = SufficientStatistics.of(basis, x, t);
        if (x.length == 0) {
            throw new IllegalArgumentException("data: expected at least one row, got none");
        }
        double lo = Arrays.stream(x).min().orElseThrow();
        double hi = Arrays.stream(x).max().orElseThrow();
        int keep = Math.min(x.length, DEFAULT_SAMPLE_ROWS);
        return of(source, stats, lo, hi, Arrays.copyOf(x, keep), Arrays.copyOf(t, keep),
                (System.nanoTime() - start) / 1e9);
    }

    /** A collector for one streaming pass: hand it every row, then take its {@link Collector#summary()}. */
    public static Collector collector(String source, Basis basis, int sampleRows) {
        return new Collector(source, basis, sampleRows);
    }

    /** Where the rows came from. */
    public String source() {
        return source;
    }

    /** ΦᵀΦ, Φᵀt, tᵀt and N. */
    public SufficientStatistics statistics() {
        return statistics;
    }

    /** N. */
    public long count() {
        return statistics.count();
    }

    /** The smallest x. */
    public double xMin() {
        return xMin;
    }

    /** The largest x. */
    public double xMax() {
        return xMax;
    }

    /** x of the kept rows (a copy). */
    public double[] sampleX() {
        return sampleX.clone();
    }

    /** t of the kept rows (a copy). */
    public double[] sampleT() {
        return sampleT.clone();
    }

    /** Wall time of the pass in seconds. */
    public double seconds() {
        return seconds;
    }

    /**
     * Gathers a {@link DataSummary} row by row: the statistics, the x range and the first rows. Not
     * thread-safe; one per pass.
     */
    public static final class Collector implements RowConsumer {
        private final String source;
        private final SufficientStatistics.Accumulator accumulator;
        private final double[] keepX;
        private final double[] keepT;
        private final long start = System.nanoTime();
        private double lo = Double.POSITIVE_INFINITY;
        private double hi = Double.NEGATIVE_INFINITY;

        private Collector(String source, Basis basis, int sampleRows) {
            this.source = Objects.requireNonNull(source, "source");
            if (sampleRows < 0) {
                throw new IllegalArgumentException("sampleRows: expected an integer >= 0, got " + sampleRows);
            }
            this.accumulator = SufficientStatistics.accumulator(basis);
            this.keepX = new double[sampleRows];
            this.keepT = new double[sampleRows];
        }

        @Override
        public void accept(double x, double t) {
            long n = accumulator.count();
            if (n < keepX.length) {
                keepX[(int) n] = x;
                keepT[(int) n] = t;
            }
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            accumulator.add(x, t);
        }

        /**
         * The summary of the rows so far.
         *
         * @throws IllegalArgumentException if there were none
         */
        public DataSummary summary() {
            SufficientStatistics stats = accumulator.snapshot();
            int kept = (int) Math.min(stats.count(), keepX.length);
            return of(source, stats, lo, hi, Arrays.copyOf(keepX, kept), Arrays.copyOf(keepT, kept),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
