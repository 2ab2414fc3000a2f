package dev.zatta.gan.model.gemm;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The geometry of a convolution or transposed convolution whose stride equals its kernel, k × k, with
 * padding p (DL4J's Truncate mode), immutable.
 *
 * <p>The <i>small</i> grid is the convolution's output (the transposed convolution's input), the <i>large</i>
 * grid the other side. Small pixel (i, j) and kernel tap (a, b) meet large pixel (k·i + a − p, k·j + b − p);
 * because the stride equals the kernel, each large pixel meets exactly one (small pixel, tap) pair, and the
 * kernel windows do not overlap. Sizes: a convolution maps in to (in + 2p − k) / k + 1, a transposed one
 * in to k·(in − 1) + k − 2p.
 *
 * @param transposed whether this is a transposed convolution (DL4J's {@code Deconvolution2D})
 * @param k          kernel size = stride
 * @param p          padding
 * @param in         the input grid
 * @param out        the output grid
 */
record StrideKernel(boolean transposed, int k, int p, Shape.Grid in, Shape.Grid out) {
    /** Contiguous small-grid indices {@code first .. first + count − 1}. */
    record Span(int first, int count) {}

    /** Kernel tap (row a, column b). */
    record Tap(int a, int b) {
        /** Its index a·k + b in row-major order. */
        int index(int k) {
            return a * k + b;
        }
    }

    /** A rectangle of small-grid pixels. */
    record Rect(Span rows, Span cols) {
        int pixels() {
            return rows.count() * cols.count();
        }
    }

    /**
     * The geometry of a layer from its input grid and DL4J's settings.
     *
     * @throws IllegalArgumentException if the output would have no pixels
     */
    static StrideKernel of(boolean transposed, int k, int p, Shape.Grid in, int outChannels) {
        int h = transposed ? k * (in.height() - 1) + k - 2 * p : (in.height() + 2 * p - k) / k + 1;
        int w = transposed ? k * (in.width() - 1) + k - 2 * p : (in.width() + 2 * p - k) / k + 1;
        if (h < 1 || w < 1) {
            throw new IllegalArgumentException("expected an output of at least 1 x 1 pixels from " + in.height() + " x "
                    + in.width() + " with kernel = stride " + k + " and padding " + p + ", got " + h + " x " + w);
        }
        return new StrideKernel(transposed, k, p, in, new Shape.Grid(h, w, outChannels));
    }

    Shape.Grid small() {
        return transposed ? in : out;
    }

    Shape.Grid big() {
        return transposed ? out : in;
    }

    /** The small-grid indices i with 0 ≤ k·i + a − p &lt; big along one axis; count 0 when there are none. */
    Span valid(int a, int small, int big) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < small; i++) {
            int y = k * i + a - p;
            if (y >= 0 && y < big) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        return new Span(first, count);
    }

    /** The large pixels that tap t pairs with the small pixels of r, a stride-k lattice: [n, rows, cols, C]. */
    INDArray lattice(INDArray big4, Tap t, Rect r) {
        int y0 = k * r.rows().first() + t.a() - p;
        int x0 = k * r.cols().first() + t.b() - p;
        return big4.get(NDArrayIndex.all(), Matrices.strided(y0, k, r.rows().count()),
                Matrices.strided(x0, k, r.cols().count()), NDArrayIndex.all());
    }

    /** The small pixels of r: [n, rows, cols, C]. */
    static INDArray rect(INDArray small4, Rect r) {
        return small4.get(NDArrayIndex.all(), interval(r.rows()), interval(r.cols()), NDArrayIndex.all());
    }

    static org.nd4j.linalg.indexing.INDArrayIndex interval(Span s) {
        return NDArrayIndex.interval(s.first(), s.first() + s.count());
    }
}
