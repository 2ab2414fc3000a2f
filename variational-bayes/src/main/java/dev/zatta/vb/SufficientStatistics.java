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
 * <p>Sums are formed in blocks of {@value #BLOCK} rows: the block's φ(x_n) are evaluated column by
 * column ({@link Basis#evaluateColumns}) next to t as the columns of [Φ t], whose Gram matrix [Φ t]ᵀ[Φ t] holds ΦᵀΦ, Φᵀt and tᵀt at once;
 * for each entry of its upper triangle, row r of every block adds its product to lane r mod
 * {@value #BLOCK} of that entry — element-wise loops the JIT vectorises — and the lanes are summed
 * pairwise at the end: fast, and each lane sums only N/{@value #BLOCK} terms, which keeps the
 * rounding error of 10⁸-row sums small. {@link #of(Basis, double[], double[])} splits the rows
 * into fixed chunks of {@value #CHUNK} rows summed in parallel and combined in chunk order, so its
 * result does not depend on the number of threads.
 */
public final class SufficientStatistics {
    static final int BLOCK = 256;
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

    private static double pairwiseSum(double[] a, int from, int n) {
        if (n <= 8) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += a[from + i];
            }
            return s;
        }
        int h = n / 2;
        return pairwiseSum(a, from, h) + pairwiseSum(a, from + h, n - h);
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
        private final double[] blockX;
        private final double[] blockT;
        private int filled;
        /** M + 1 columns: φ and t. */
        private final int width;
        private final double[] columns;
        /** Per pair j ≤ k of columns of [Φ t], {@value #BLOCK} running partial sums. */
        private final double[] lanes;
        private long count;

        Accumulator(Basis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            this.m = basis.size();
            this.blockX = new double[BLOCK];
            this.blockT = new double[BLOCK];
            this.width = m + 1;
            this.columns = new double[BLOCK * width];
            this.lanes = new double[width * (width + 1) / 2 * BLOCK];
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
            blockX[filled] = x;
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
                blockX[filled] = xi;
                blockT[filled] = ti;
                if (++filled == BLOCK) {
                    flush();
                }
            }
        }

        private void flush() {
            if (filled == 0) {
                return;
            }
            int mm = m;
            int w = width;
            int rows = filled;
            double[] c = columns;
            double[] acc = lanes;
            // the block as columns of [Φ t]
            basis.evaluateColumns(blockX, 0, rows, c, BLOCK);
            System.arraycopy(blockT, 0, c, mm * BLOCK, rows);
            // lane r of pair (j, k) accumulates c_j[r]·c_k[r]: element-wise, so the JIT vectorises it
            int p = 0;
            for (int j = 0; j < w; j++) {
                int cj = j * BLOCK;
                for (int k = j; k < w; k++) {
                    int ck = k * BLOCK;
                    int base = p * BLOCK;
                    for (int r = 0; r < rows; r++) {
                        acc[base + r] += c[cj + r] * c[ck + r];
                    }
                    p++;
                }
            }
            count += rows;
            filled = 0;
        }

        /** Adds another accumulator's rows (same basis size) to this one. */
        public void merge(Accumulator other) {
            if (other.m != m) {
                throw new IllegalArgumentException("merge: expected an accumulator of size " + m + ", got " + other.m);
            }
            flush();
            other.flush();
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] += other.lanes[i];
            }
            count += other.count;
        }

        /** The statistics of the rows added so far (the accumulator stays usable). */
        public SufficientStatistics snapshot() {
            flush();
            int w = width;
            double[] full = new double[m * m];
            double[] proj = new double[m];
            double tt = 0;
            int p = 0;
            for (int j = 0; j < w; j++) {
                for (int k = j; k < w; k++) {
                    double sum = pairwiseSum(lanes, p * BLOCK, BLOCK);
                    if (j == m) {
                        tt = sum;
                    } else if (k == m) {
                        proj[j] = sum;
                    } else {
                        full[j * m + k] = sum;
                        full[k * m + j] = sum;
                    }
                    p++;
                }
            }
            return new SufficientStatistics(m, count, full, proj, tt);
        }
    }
}
