package dev.zatta.gan.model.gemm;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A convolution or transposed convolution with stride = kernel = k ({@link StrideKernel}) as one matrix
 * product over "space to depth" blocks: used for the blog's k = 3 layers, which have one channel on their
 * large side.
 *
 * <p>The large grid, rearranged as a matrix {@code L} with one row per small pixel and k·k·C columns (the
 * pixel's k × k block), holds every large value once; the slots of padded or cropped pixels are zeros that
 * are never written. Then
 * <pre>
 * convolution:            y = L · W             dW = Lᵀ · dy    dL = dy · Wᵀ  → scatter to dx
 * transposed convolution: L = x · W → scatter   dW = xᵀ · dL    dx = dL · Wᵀ  (dL gathered from dy)
 * </pre>
 * with W the k·k·C_in × C_out (or C_in × k·k·C_out) weight matrix. Gathers and scatters are k·k strided
 * copies between the large grid and column blocks of {@code L}.
 */
final class TapConv implements ChannelsLastOp {
    /** A kernel tap and the rectangle of small pixels whose partner under it lies inside the large grid. */
    private record TapBlock(StrideKernel.Tap tap, StrideKernel.Rect small) {}

    private record Buffers(INDArray blocks, INDArray dBlocks, List<INDArray> blockViews, List<INDArray> dBlockViews,
            INDArray y, INDArray dx) {}

    private final StrideKernel geometry;
    private final int k;
    private final int cin;
    private final int cout;
    private final Param weight;
    private final Bias bias;
    private final List<TapBlock> taps = new ArrayList<>();
    private final INDArray w; // convolution: [k·k·cin, cout]; transposed: [cin, k·k·cout]
    private final INDArray gw;
    private final BufferCache<Buffers> buffers;
    private INDArray input;

    TapConv(StrideKernel geometry, Param weight, Param bias) {
        this.geometry = geometry;
        this.k = geometry.k();
        this.cin = geometry.in().channels();
        this.cout = geometry.out().channels();
        this.weight = weight;
        this.bias = Bias.row(bias, cout);
        Shape.Grid small = geometry.small();
        Shape.Grid big = geometry.big();
        int covered = 0;
        for (int a = 0; a < k; a++) {
            StrideKernel.Span rows = geometry.valid(a, small.height(), big.height());
            for (int b = 0; b < k; b++) {
                StrideKernel.Span cols = geometry.valid(b, small.width(), big.width());
                if (rows.count() > 0 && cols.count() > 0) {
                    taps.add(new TapBlock(new StrideKernel.Tap(a, b), new StrideKernel.Rect(rows, cols)));
                    covered += rows.count() * cols.count();
                }
            }
        }
        if (!geometry.transposed() && covered != big.pixels()) {
            // a convolution whose windows skip input pixels would need those gradient rows zeroed
            throw new IllegalArgumentException("expected every input pixel inside a window, got "
                    + (big.pixels() - covered) + " of " + big.pixels() + " outside");
        }
        DataType type = weight.value().dataType();
        this.w = geometry.transposed() ? Nd4j.create(type, cin, (long) k * k * cout)
                : Nd4j.create(type, (long) k * k * cin, cout);
        this.gw = Nd4j.create(type, w.shape());
        this.buffers = new BufferCache<>(b -> allocate(b.images(), type));
    }

    private Buffers allocate(int n, DataType type) {
        Shape.Grid small = geometry.small();
        long width = (long) k * k * geometry.big().channels();
        INDArray blocks = Nd4j.zeros(type, small.rows(n), width);
        INDArray dBlocks = Nd4j.zeros(type, small.rows(n), width);
        INDArray l4 = blocks.reshape(n, small.height(), small.width(), width);
        INDArray d4 = dBlocks.reshape(n, small.height(), small.width(), width);
        List<INDArray> views = new ArrayList<>();
        List<INDArray> dViews = new ArrayList<>();
        for (TapBlock t : taps) {
            views.add(block(l4, t));
            dViews.add(block(d4, t));
        }
        return new Buffers(blocks, dBlocks, views, dViews, Nd4j.create(type, geometry.out().rows(n), cout),
                Nd4j.zeros(type, geometry.in().rows(n), cin));
    }

    /** Tap t's column block of L at its rectangle of small pixels: [n, rows, cols, bigC]. */
    private INDArray block(INDArray l4, TapBlock t) {
        long bigC = geometry.big().channels();
        long c0 = t.tap().index(k) * bigC;
        return l4.get(NDArrayIndex.all(), StrideKernel.interval(t.small().rows()),
                StrideKernel.interval(t.small().cols()), NDArrayIndex.interval(c0, c0 + bigC));
    }

    @Override
    public void pullWeights() {
        // DL4J: convolution [cout, cin, kh, kw] → rows (a, b, cin); transposed [cin, cout, kh, kw] → columns (a, b, cout)
        if (geometry.transposed()) {
            w.reshape(cin, k, k, cout).assign(weight.value().permute(0, 2, 3, 1));
        } else {
            w.reshape(k, k, cin, cout).assign(weight.value().permute(2, 3, 1, 0));
        }
        bias.pull();
    }

    @Override
    public void zeroGradients() {
        gw.assign(0);
        bias.zero();
    }

    @Override
    public void pushGradients() {
        if (geometry.transposed()) {
            weight.gradient().assign(gw.reshape(cin, k, k, cout).permute(0, 3, 1, 2));
        } else {
            weight.gradient().assign(gw.reshape(k, k, cin, cout).permute(3, 2, 0, 1));
        }
        bias.push();
    }

    @Override
    public INDArray forward(INDArray x, Batch batch) {
        Buffers buf = buffers.get(batch);
        int n = batch.images();
        input = x;
        if (geometry.transposed()) {
            Nd4j.gemm(x, w, buf.blocks(), false, false, 1.0, 0.0);
            INDArray y4 = Matrices.grid(buf.y(), geometry.out(), n);
            for (int i = 0; i < taps.size(); i++) {
                geometry.lattice(y4, taps.get(i).tap(), taps.get(i).small()).assign(buf.blockViews().get(i));
            }
        } else {
            INDArray x4 = Matrices.grid(x, geometry.in(), n);
            for (int i = 0; i < taps.size(); i++) {
                buf.blockViews().get(i).assign(geometry.lattice(x4, taps.get(i).tap(), taps.get(i).small()));
            }
            Nd4j.gemm(buf.blocks(), w, buf.y(), false, false, 1.0, 0.0);
        }
        bias.addTo(buf.y());
        return buf.y();
    }

    @Override
    public INDArray backward(INDArray dy, Batch batch, boolean paramGradients, boolean inputGradient) {
        Buffers buf = buffers.get(batch);
        int n = batch.images();
        if (paramGradients) {
            bias.accumulate(dy);
        }
        if (geometry.transposed()) {
            INDArray dy4 = Matrices.grid(dy, geometry.out(), n);
            for (int i = 0; i < taps.size(); i++) {
                buf.dBlockViews().get(i).assign(geometry.lattice(dy4, taps.get(i).tap(), taps.get(i).small()));
            }
            if (paramGradients) {
                Nd4j.gemm(input, buf.dBlocks(), gw, true, false, 1.0, 1.0);
            }
            if (!inputGradient) {
                return null;
            }
            Nd4j.gemm(buf.dBlocks(), w, buf.dx(), false, true, 1.0, 0.0);
        } else {
            if (paramGradients) {
                Nd4j.gemm(buf.blocks(), dy, gw, true, false, 1.0, 1.0);
            }
            if (!inputGradient) {
                return null;
            }
            Nd4j.gemm(dy, w, buf.dBlocks(), false, true, 1.0, 0.0);
            INDArray dx4 = Matrices.grid(buf.dx(), geometry.in(), n);
            for (int i = 0; i < taps.size(); i++) {
                geometry.lattice(dx4, taps.get(i).tap(), taps.get(i).small()).assign(buf.dBlockViews().get(i));
            }
        }
        return buf.dx();
    }
}
