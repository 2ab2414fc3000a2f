package dev.zatta.vb;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The data as the fit sees it: ΦᵀΦ, Φᵀt, tᵀt and N for a given basis. The variational updates
 * (PRML eq. 10.96–10.98 and the β updates) and the lower bound (10.107) depend on the data only
 * through these, so N = 10⁸ rows take O(M²) memory when they are accumulated in one streaming pass
 * ({@link #accumulator(Basis)}, {@link CsvData#accumulate}). Immutable.
 *
 * <p>Sums are formed in blocks of {@value #BLOCK} rows (a block-local ΦᵀΦ added to the total), which
 * keeps the rounding error of 10⁸-row sums near that of pairwise summation, and
 * {@link #of(Basis, double[], double[])} splits the rows into fixed chunks of {@value #CHUNK} rows
 * summed in parallel and combined in chunk order, so its result does not depend on the number of
 * threads.
 */
public final class SufficientStatistics {
    static final int BLOCK = 512;
    static final int CHUNK = 1 << 16;

    private final int size;
    private final long count;
    private final double[] gram;
    private final double[] projection;
    private final double targetSquares;

    private SufficientStatistics(int size, long count, double[] gram, double[] projection, double targetSquares) {
        this.size = size;
        this.count = count;
        this.gram = gram;
        this.projection = projection;
        this.targetSquares = targetSquares;
    }

    /**
     * Statistics of in-memory data, computed in parallel over fixed chunks (deterministic).
     *
     * @throws IllegalArgumentException for arrays of different lengths or a non-finite value, naming
     *     the array and index
     */
    public static SufficientStatistics of(Basis basis, double[] x, double[] t) {
        Objects.requireNonNull(basis, "basis");
        if (x.length != t.length) {
            throw new IllegalArgumentException("x and t: expected the same length, got " + x.length + " and " + t.length);
        }
        int n = x.length;
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (chunks <= 1) {
            Accumulator acc = new Accumulator(basis);
            acc.addAll(x, t, 0, n);
            return acc.snapshot();
        }
        Accumulator[] parts = new Accumulator[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Accumulator acc = new Accumulator(basis);
            acc.addAll(x, t, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
            parts[c] = acc;
        });
        Accumulator total = parts[0];
        for (int c = 1; c < chunks; c++) {
            total.merge(parts[c]);
        }
        return total.snapshot();
    }

    /**
     * Builds statistics directly from their values (for data summarised elsewhere).
     *
     * @param gram ΦᵀΦ, M×M row-major, symmetric
     * @param projection Φᵀt, length M
     * @param targetSquares tᵀt
     * @param count N
     */
    public static SufficientStatistics of(double[] gram, double[] projection, double targetSquares, long count) {
        int m = projection.length;
        if (gram.length != m * m) {
            throw new IllegalArgumentException("gram: expected " + m * m + " entries (M = " + m + "), got " + gram.length);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (!Double.isFinite(gram[i * m + j]) || gram[i * m + j] != gram[j * m + i]) {
                    throw new IllegalArgumentException("gram[" + i + "][" + j + "]: expected a finite, symmetric entry, got "
                            + gram[i * m + j]);
                }
            }
        }
        if (!(targetSquares >= 0) || count < 0 || Arrays.stream(projection).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("statistics: expected finite Φᵀt, tᵀt >= 0 and N >= 0, got tᵀt = "
                    + targetSquares + ", N = " + count);
        }
        return new SufficientStatistics(m, count, gram.clone(), projection.clone(), targetSquares);
    }

    /** A streaming accumulator for {@code basis}. */
    public static Accumulator accumulator(Basis basis) {
        return new Accumulator(basis);
    }

    /** M, the number of basis functions. */
    public int size() {
        return size;
    }

    /** N, the number of rows. */
    public long count() {
        return count;
    }

    /** ΦᵀΦ as a new M×M row-major array. */
    public double[] gram() {
        return gram.clone();
    }

    /** (ΦᵀΦ)_ij. */
    public double gram(int i, int j) {
        return gram[i * size + j];
    }

    /** Φᵀt as a new array. */
    public double[] projection() {
        return projection.clone();
    }

    /** tᵀt. */
    public double targetSquares() {
        return targetSquares;
    }

    double[] gramUnsafe() {
        return gram;
    }

    double[] projectionUnsafe() {
        return projection;
    }

    /**
     * One streaming pass: {@link #add} rows one at a time (or {@link #addAll} slices), then take a
     * {@link #snapshot}. Mutable and not thread-safe; accumulate in parallel with one accumulator per
     * thread and {@link #merge} them.
     */
    public static final class Accumulator {
        private final Basis basis;
        private final int m;
        private final double[] block;
        private final double[] blockT;
        private int filled;
        private final double[] gramUpper;
        private final double[] blockGram;
        private final double[] projection;
        private double targetSquares;
        private long count;

        Accumulator(Basis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            this.m = basis.size();
            this.block = new double[BLOCK * m];
            this.blockT = new double[BLOCK];
            this.gramUpper = new double[m * m];
            this.blockGram = new double[m * m];
            this.projection = new double[m];
        }

        /** The basis the rows are mapped through. */
        public Basis basis() {
            return basis;
        }

        /** Rows added so far. */
        public long count() {
            return count + filled;
        }

        /**
         * Adds the row (x, t).
         *
         * @throws IllegalArgumentException if x or t is not finite
         */
        public void add(double x, double t) {
            if (!Double.isFinite(x) || !Double.isFinite(t)) {
                throw new IllegalArgumentException("row " + count() + ": expected finite x and t, got x = " + x + ", t = " + t);
            }
            basis.evaluate(x, block, filled * m);
            blockT[filled] = t;
            if (++filled == BLOCK) {
                flush();
            }
        }

        /**
         * Adds rows {@code from} (inclusive) to {@code to} (exclusive) of x and t.
         *
         * @throws IllegalArgumentException naming the first non-finite x[i] or t[i]
         */
        public void addAll(double[] x, double[] t, int from, int to) {
            for (int i = from; i < to; i++) {
                double xi = x[i];
                double ti = t[i];
                if (!Double.isFinite(xi) || !Double.isFinite(ti)) {
                    String which = Double.isFinite(xi) ? "t[" + i + "]" : "x[" + i + "]";
                    throw new IllegalArgumentException(which + ": expected a finite number, got "
                            + (Double.isFinite(xi) ? ti : xi));
                }
                basis.evaluate(xi, block, filled * m);
                blockT[filled] = ti;
                if (++filled == BLOCK) {
                    flush();
                }
            }
        }

        private void flush() {
            int mm = m;
            double[] b = block;
            double[] g = blockGram;
            Arrays.fill(g, 0.0);
            for (int r = 0; r < filled; r++) {
                int row = r * mm;
                double tr = blockT[r];
                targetSquares += tr * tr;
                for (int j = 0; j < mm; j++) {
                    double pj = b[row + j];
                    projection[j] += pj * tr;
                    int gj = j * mm;
                    for (int k = j; k < mm; k++) {
                        g[gj + k] += pj * b[row + k];
                    }
                }
            }
            for (int i = 0; i < g.length; i++) {
                gramUpper[i] += g[i];
            }
            count += filled;
            filled = 0;
        }

        /** Adds another accumulator's rows (same basis size) to this one. */
        public void merge(Accumulator other) {
            if (other.m != m) {
                throw new IllegalArgumentException("merge: expected an accumulator of size " + m + ", got " + other.m);
            }
            flush();
            other.flush();
            for (int i = 0; i < gramUpper.length; i++) {
                gramUpper[i] += other.gramUpper[i];
            }
            for (int j = 0; j < m; j++) {
                projection[j] += other.projection[j];
            }
            targetSquares += other.targetSquares;
            count += other.count;
        }

        /** The statistics of the rows added so far (the accumulator stays usable). */
        public SufficientStatistics snapshot() {
            flush();
            double[] full = new double[m * m];
            for (int j = 0; j < m; j++) {
                for (int k = j; k < m; k++) {
                    full[j * m + k] = gramUpper[j * m + k];
                    full[k * m + j] = gramUpper[j * m + k];
                }
            }
            return new SufficientStatistics(m, count, full, projection.clone(), targetSquares);
        }
    }
}
