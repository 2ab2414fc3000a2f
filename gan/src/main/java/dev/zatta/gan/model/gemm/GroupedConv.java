package dev.zatta.gan.model.gemm;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A convolution or transposed convolution with stride = kernel = k ({@link StrideKernel}) without the
 * multiply-adds that im2col (or {@link TapConv}) spends on padded or cropped pixels: one product per kernel
 * tap and group of small pixels. Used for the blog's k = 2 layers, where they are 31–56% of the work.
 *
 * <p>Small pixels are grouped by the set of taps whose large partner lies inside the large grid: with
 * padding 1 and k = 2, the first row of the small grid has only tap row a = 1, the last only a = 0, the
 * rows between both, and likewise for columns, so a 3 × 3 grid has corner (1 tap), edge (2 taps) and
 * centre (4 taps) groups. Each group is a rectangle of small pixels. For a group g and one of its taps t
 * (all matrices contiguous, so every product is a plain GEMM and every gather or scatter a strided copy
 * that ND4J does fast):
 * <pre>
 * convolution:            y_g  = Σ_t L_gt · W_t    dW_t += L_gtᵀ · dy_g     dL_gt = dy_g · W_tᵀ → dx
 * transposed convolution: L_gt = x_g · W_t → y     dW_t += x_gᵀ · dL_gt     dx_g  = Σ_t dL_gt · W_tᵀ
 * </pre>
 * where L_gt holds the large pixels that tap t pairs with the group's small pixels. For the blog's 4 → 3
 * convolution and 3 → 4 transposed convolution this does 16 of the 36 pixel-tap products of im2col.
 */
final class GroupedConv implements ChannelsLastOp {
    /** A rectangle of small pixels and the taps whose partners of them all lie inside the large grid. */
    private record TapGroup(StrideKernel.Rect small, List<StrideKernel.Tap> taps) {}

    /** A run of small-grid indices along one axis with the same valid taps along that axis. */
    private record Run(StrideKernel.Span span, List<Integer> taps) {}

    /** One group's matrices: its small-side rows, and per tap its large-side rows (L_gt), with gradients. */
    private record GroupBuffers(INDArray small, INDArray dSmall, List<INDArray> tap, List<INDArray> dTap) {}

    private record Buffers(List<GroupBuffers> groups, INDArray y, INDArray dx) {}

    private final StrideKernel geometry;
    private final int k;
    private final int cin;
    private final int cout;
    private final Param weight;
    private final Bias bias;
    private final List<TapGroup> groups = new ArrayList<>();
    private final List<INDArray> w = new ArrayList<>();  // per tap a·k + b: [cin, cout]
    private final List<INDArray> gw = new ArrayList<>();
    private final BufferCache<Buffers> buffers;

    GroupedConv(StrideKernel geometry, Param weight, Param bias) {
        this.geometry = geometry;
        this.k = geometry.k();
        this.cin = geometry.in().channels();
        this.cout = geometry.out().channels();
        this.weight = weight;
        this.bias = Bias.row(bias, cout);
        Shape.Grid small = geometry.small();
        Shape.Grid big = geometry.big();
        int covered = 0;
        for (Run r : runs(small.height(), big.height())) {
            for (Run c : runs(small.width(), big.width())) {
                List<StrideKernel.Tap> taps = new ArrayList<>();
                for (int a : r.taps()) {
                    for (int b : c.taps()) {
                        taps.add(new StrideKernel.Tap(a, b));
                    }
                }
                StrideKernel.Rect rect = new StrideKernel.Rect(r.span(), c.span());
                groups.add(new TapGroup(rect, List.copyOf(taps)));
                covered += rect.pixels() * taps.size();
            }
        }
        if (covered != big.pixels()) {
            throw new IllegalArgumentException("expected the windows to cover each of the " + big.pixels()
                    + " large-grid pixels once, got " + covered + " pixel-tap pairs");
        }
        DataType type = weight.value().dataType();
        for (int t = 0; t < k * k; t++) {
            w.add(Nd4j.create(type, cin, cout));
            gw.add(Nd4j.create(type, cin, cout));
        }
        this.buffers = new BufferCache<>(b -> allocate(b.images(), type));
    }

    /** Runs of small-grid indices with the same valid taps a (0 ≤ k·i + a − p &lt; big), in order. */
    private List<Run> runs(int small, int big) {
        List<Run> out = new ArrayList<>();
        List<Integer> prev = null;
        int first = 0;
        for (int i = 0; i <= small; i++) {
            List<Integer> valid = new ArrayList<>();
            for (int a = 0; i < small && a < k; a++) {
                int y = k * i + a - geometry.p();
                if (y >= 0 && y < big) {
                    valid.add(a);
                }
            }
            if (prev != null && !valid.equals(prev)) {
                out.add(new Run(new StrideKernel.Span(first, i - first), List.copyOf(prev)));
                prev = null;
            }
            if (prev == null && !valid.isEmpty()) {
                prev = valid;
                first = i;
            }
        }
        return out;
    }

    private Buffers allocate(int n, DataType type) {
        List<GroupBuffers> out = new ArrayList<>();
        for (TapGroup g : groups) {
            long m = (long) n * g.small().pixels();
            List<INDArray> tap = new ArrayList<>();
            List<INDArray> dTap = new ArrayList<>();
            for (int q = 0; q < g.taps().size(); q++) {
                tap.add(Nd4j.create(type, m, geometry.big().channels()));
                dTap.add(Nd4j.create(type, m, geometry.big().channels()));
            }
            out.add(new GroupBuffers(Nd4j.create(type, m, geometry.small().channels()),
                    Nd4j.create(type, m, geometry.small().channels()), tap, dTap));
        }
        return new Buffers(out, Nd4j.create(type, geometry.out().rows(n), cout),
                Nd4j.create(type, geometry.in().rows(n), cin));
    }

    /** DL4J's [cout, cin] (convolution) or [cin, cout] (transposed) matrix of tap t: a view. */
    private INDArray dl4jTap(INDArray dl4j, int t) {
        return dl4j.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t / k), NDArrayIndex.point(t % k));
    }

    @Override
    public void pullWeights() {
        for (int t = 0; t < k * k; t++) {
            // DL4J: convolution [cout, cin, kh, kw], transposed convolution [cin, cout, kh, kw]
            INDArray tap = dl4jTap(weight.value(), t);
            w.get(t).assign(geometry.transposed() ? tap : tap.transpose());
        }
        bias.pull();
    }

    @Override
    public void zeroGradients() {
        for (INDArray g : gw) {
            g.assign(0);
        }
        bias.zero();
    }

    @Override
    public void pushGradients() {
        for (int t = 0; t < k * k; t++) {
            dl4jTap(weight.gradient(), t).assign(geometry.transposed() ? gw.get(t) : gw.get(t).transpose());
        }
        bias.push();
    }

    /** A group's [rows·n, channels] matrix seen as [n, rows, cols, channels]. */
    private static INDArray rect4(INDArray m, TapGroup g, int n, int channels) {
        return m.reshape(n, g.small().rows().count(), g.small().cols().count(), channels);
    }

    @Override
    public INDArray forward(INDArray x, Batch batch) {
        Buffers buf = buffers.get(batch);
        int n = batch.images();
        INDArray x4 = Matrices.grid(x, geometry.in(), n);
        INDArray y4 = Matrices.grid(buf.y(), geometry.out(), n);
        for (int gi = 0; gi < groups.size(); gi++) {
            TapGroup g = groups.get(gi);
            GroupBuffers gb = buf.groups().get(gi);
            INDArray small = gb.small();
            if (geometry.transposed()) {
                rect4(small, g, n, cin).assign(StrideKernel.rect(x4, g.small()));
                for (int q = 0; q < g.taps().size(); q++) {
                    INDArray l = gb.tap().get(q);
                    StrideKernel.Tap t = g.taps().get(q);
                    Nd4j.gemm(small, w.get(t.index(k)), l, false, false, 1.0, 0.0);
                    geometry.lattice(y4, t, g.small()).assign(rect4(l, g, n, cout));
                }
            } else {
                for (int q = 0; q < g.taps().size(); q++) {
                    INDArray l = gb.tap().get(q);
                    StrideKernel.Tap t = g.taps().get(q);
                    rect4(l, g, n, cin).assign(geometry.lattice(x4, t, g.small()));
                    Nd4j.gemm(l, w.get(t.index(k)), small, false, false, 1.0, q == 0 ? 0.0 : 1.0);
                }
                StrideKernel.rect(y4, g.small()).assign(rect4(small, g, n, cout));
            }
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
        INDArray dy4 = Matrices.grid(dy, geometry.out(), n);
        INDArray dx4 = Matrices.grid(buf.dx(), geometry.in(), n);
        for (int gi = 0; gi < groups.size(); gi++) {
            TapGroup g = groups.get(gi);
            GroupBuffers gb = buf.groups().get(gi);
            INDArray dSmall = gb.dSmall();
            if (geometry.transposed()) {
                for (int q = 0; q < g.taps().size(); q++) {
                    INDArray dl = gb.dTap().get(q);
                    StrideKernel.Tap t = g.taps().get(q);
                    rect4(dl, g, n, cout).assign(geometry.lattice(dy4, t, g.small()));
                    if (paramGradients) {
                        Nd4j.gemm(gb.small(), dl, gw.get(t.index(k)), true, false, 1.0, 1.0);
                    }
                    if (inputGradient) {
                        Nd4j.gemm(dl, w.get(t.index(k)), dSmall, false, true, 1.0, q == 0 ? 0.0 : 1.0);
                    }
                }
                if (inputGradient) {
                    StrideKernel.rect(dx4, g.small()).assign(rect4(dSmall, g, n, cin));
                }
            } else {
                rect4(dSmall, g, n, cout).assign(StrideKernel.rect(dy4, g.small()));
                for (int q = 0; q < g.taps().size(); q++) {
                    StrideKernel.Tap t = g.taps().get(q);
                    if (paramGradients) {
                        Nd4j.gemm(gb.tap().get(q), dSmall, gw.get(t.index(k)), true, false, 1.0, 1.0);
                    }
                    if (inputGradient) {
                        INDArray dl = gb.dTap().get(q);
                        Nd4j.gemm(dSmall, w.get(t.index(k)), dl, false, true, 1.0, 0.0);
                        geometry.lattice(dx4, t, g.small()).assign(rect4(dl, g, n, cin));
                    }
                }
            }
        }
        return inputGradient ? buf.dx() : null;
    }
}
