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
 * its upper triangle is summed over the block 2×2 entries at a time (four loads feed four products
 * into four independent sums) and the block sums are added to the totals: fast, and summing in
 * blocks keeps the rounding error of 10⁸-row sums small. {@link #of(Basis, double[], double[])} splits the rows
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

    /**
     * The statistics of both sets of rows together: every sum added entry by entry (the additions
     * {@link Accumulator#merge} makes), so statistics of the parts of any split of the rows, computed
     * apart — on other threads, or on the machines of a cluster — and added, equal those of all the
     * rows up to the order of summation. Neither operand changes.
     *
     * @throws IllegalArgumentException if {@code other} is for a different number of basis functions
     */
    public SufficientStatistics plus(SufficientStatistics other) {
        if (other.size != size) {
            throw new IllegalArgumentException("other: expected statistics for M = " + size + " basis functions, got M = "
                    + other.size);
        }
        double[] g = new double[gram.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = gram[i] + other.gram[i];
        }
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] = projection[i] + other.projection[i];
        }
        return new SufficientStatistics(size, count + other.count, g, p, targetSquares + other.targetSquares);
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

    /**
     * The statistics of the first {@code size} basis functions alone: the leading size × size block
     * of ΦᵀΦ and the first size entries of Φᵀt. For nested bases — the polynomial of degree d is the
     * first d + 1 functions of every higher degree — one pass with the largest basis serves them all
     * ({@link ModelSelection#polynomialDegrees}).
     *
     * @throws IllegalArgumentException unless 1 ≤ size ≤ M
     */
    public SufficientStatistics leading(int size) {
        if (size < 1 || size > this.size) {
            throw new IllegalArgumentException("size: expected an integer in [1, " + this.size + "], got " + size);
        }
        double[] g = new double[size * size];
        for (int i = 0; i < size; i++) {
            System.arraycopy(gram, i * this.size, g, i * size, size);
        }
        return new SufficientStatistics(size, count, g, Arrays.copyOf(projection, size), targetSquares);
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
        /** M + 1 columns (φ and t), rounded up to even. */
        private final int width;
        private final double[] columns;
        /** Running sums of [Φ t]ᵀ[Φ t] (upper triangle used), width × width. */
        private final double[] total;
        private long count;

        Accumulator(Basis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            this.m = basis.size();
            this.blockX = new double[BLOCK];
            this.blockT = new double[BLOCK];
            this.width = (m + 2) / 2 * 2;
            this.columns = new double[BLOCK * width];
            this.total = new double[width * width];
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
            // the block as columns of [Φ t] (a zero column pads an odd M + 1 to even width)
            basis.evaluateColumns(blockX, 0, rows, c, BLOCK);
            System.arraycopy(blockT, 0, c, mm * BLOCK, rows);
            // upper triangle of the block's [Φ t]ᵀ[Φ t], 2×2 entries at a time
            for (int j = 0; j < w; j += 2) {
                for (int k = j; k < w; k += 2) {
                    kernel2x2(c, j, k, rows);
                }
            }
            count += rows;
            filled = 0;
        }

        /**
         * Entries (j, k), (j, k+1), (j+1, k), (j+1, k+1) over the block's rows: four loads feed four
         * products into four independent sums; the block sums are then added to the totals.
         */
        private void kernel2x2(double[] c, int j, int k, int rows) {
            int a0 = j * BLOCK;
            int a1 = a0 + BLOCK;
            int b0 = k * BLOCK;
            int b1 = b0 + BLOCK;
            double s00 = 0;
            double s01 = 0;
            double s10 = 0;
            double s11 = 0;
            for (int r = 0; r < rows; r++) {
                double x0 = c[a0 + r];
                double x1 = c[a1 + r];
                double y0 = c[b0 + r];
                double y1 = c[b1 + r];
                s00 += x0 * y0;
                s01 += x0 * y1;
                s10 += x1 * y0;
                s11 += x1 * y1;
            }
            int w = width;
            total[j * w + k] += s00;
            total[j * w + k + 1] += s01;
            total[(j + 1) * w + k] += s10;
            total[(j + 1) * w + k + 1] += s11;
        }

        /** Adds another accumulator's rows (same basis size) to this one. */
        public void merge(Accumulator other) {
            if (other.m != m) {
                throw new IllegalArgumentException("merge: expected an accumulator of size " + m + ", got " + other.m);
            }
            flush();
            other.flush();
            for (int i = 0; i < total.length; i++) {
                total[i] += other.total[i];
            }
            count += other.count;
        }

        /** The statistics of the rows added so far (the accumulator stays usable). */
        public SufficientStatistics snapshot() {
            flush();
            int w = width;
            double[] full = new double[m * m];
            double[] proj = new double[m];
            for (int j = 0; j < m; j++) {
                for (int k = j; k < m; k++) {
                    full[j * m + k] = total[j * w + k];
                    full[k * m + j] = total[j * w + k];
                }
                proj[j] = total[j * w + m];
            }
            return new SufficientStatistics(m, count, full, proj, total[m * w + m]);
        }
    }
}
