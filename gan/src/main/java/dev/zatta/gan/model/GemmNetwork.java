package dev.zatta.gan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A {@link MultiLayerNetwork}'s training-mode forward and backward pass, recomputed as matrix products on
 * channels-last activations: the fast path of {@link Dcgan#step}.
 *
 * <p>It reads the network's own parameters and writes the network's own flattened gradient (the array DL4J's
 * {@code backpropGradient} fills, in the same layout, BN running-statistic "gradients" included), so DL4J's
 * updater, serialization and inference are unchanged. {@code GemmNetworkTest} checks both passes against
 * DL4J's {@code feedForward}/{@code backpropGradient} in double precision.
 *
 * <p>Why it is faster than DL4J's layers (about 5× on the blog's DCGAN, see the module README):
 * <ul>
 *   <li>Activations are channels-last matrices [n·h·w, c], so every layer is a plain matrix product (BLAS
 *       {@code sgemm}) plus strided copies, and batch normalization's per-channel sums are products with a
 *       row of ones.</li>
 *   <li>Every convolution of the blog's DCGAN has its stride equal to its kernel, so the kernel windows do
 *       not overlap: each pixel of the larger grid meets exactly one (pixel of the smaller grid, kernel tap)
 *       pair. {@link GroupedConv} (k = 2) uses that to skip the 31–56% of im2col's multiply-adds that fall on
 *       padding or cropped outputs; {@link TapConv} (k = 3, one channel on one side) is one product over
 *       space-to-depth blocks.</li>
 *   <li>Nothing is allocated per step: each op keeps its buffers, one set per batch size.</li>
 *   <li>Several equal batches (D's real and fake) can pass together, normalised separately.</li>
 * </ul>
 *
 * <p>Supported layers, those of {@link Architecture}: {@link DenseLayer}, {@link ConvolutionLayer} and
 * {@link Deconvolution2D} with stride = kernel, equal in both directions, {@code ConvolutionMode.Truncate},
 * no dilation; {@link org.deeplearning4j.nn.conf.layers.BatchNormalization} (variance parameterisation);
 * {@link ActivationLayer}; the two CNN ↔ dense preprocessors. Not thread-safe.
 */
final class GemmNetwork {
    private final Gradient gradient;
    private final List<Op> ops = new ArrayList<>();
    private final DataType dataType;
    private final int inH;
    private final int inW;
    private final int inC;
    private final int outH;
    private final int outW;
    private final int outC;
    private final Map<Integer, INDArray> inBuffers = new HashMap<>();
    private final Map<Integer, INDArray> outBuffers = new HashMap<>();
    private int segments = 1;

    /**
     * @param net        the network; its parameters and gradient views are used live
     * @param inputShape the input's {height, width, channels}, or {0, 0, features} for a dense input
     */
    GemmNetwork(MultiLayerNetwork net, int[] inputShape) {
        this.dataType = net.params().dataType();
        if (net.getFlattenedGradients() == null) {
            net.initGradientsView();
        }
        Map<String, INDArray> params = net.paramTable();
        Map<String, INDArray> grads = gradientViews(net);
        this.gradient = new DefaultGradient(net.getFlattenedGradients());
        grads.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> gradient.setGradientFor(e.getKey(), e.getValue()));
        int h = inputShape[0];
        int w = inputShape[1];
        int c = inputShape[2];
        this.inH = h;
        this.inW = w;
        this.inC = c;
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer layer = net.getLayer(i);
            org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
            Map<String, INDArray> p = select(params, i);
            Map<String, INDArray> g = select(grads, i);
            InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(i);
            InputPreProcessor next = i + 1 < net.getnLayers()
                    ? net.getLayerWiseConfigurations().getInputPreProcess(i + 1) : null;
            if (conf instanceof DenseLayer dense) {
                int[] from = null;
                if (pre instanceof CnnToFeedForwardPreProcessor cnn) {
                    from = new int[] {(int) cnn.getInputHeight(), (int) cnn.getInputWidth(), (int) cnn.getNumChannels()};
                } else if (h != 0) {
                    from = new int[] {h, w, c};
                }
                int[] to = null;
                if (next instanceof FeedForwardToCnnPreProcessor ff) {
                    to = new int[] {(int) ff.getInputHeight(), (int) ff.getInputWidth(), (int) ff.getNumChannels()};
                }
                ops.add(new Dense((int) dense.getNIn(), (int) dense.getNOut(), from, to, p.get("W"), p.get("b"),
                        g.get("W"), g.get("b")));
                if (to != null) {
                    h = to[0];
                    w = to[1];
                    c = to[2];
                } else {
                    h = 0;
                    w = 0;
                    c = (int) dense.getNOut();
                }
                addActivation(dense);
            } else if (conf instanceof ConvolutionLayer conv) {
                int h2;
                int w2;
                boolean transposed = conf instanceof Deconvolution2D;
                Op op;
                if (conv.getKernelSize()[0] == 2) {
                    GroupedConv grouped = new GroupedConv(conv, transposed, h, w, p.get("W"), p.get("b"), g.get("W"),
                            g.get("b"));
                    op = grouped;
                    h2 = grouped.outH;
                    w2 = grouped.outW;
                } else {
                    TapConv full = new TapConv(conv, transposed, h, w, p.get("W"), p.get("b"), g.get("W"), g.get("b"));
                    op = full;
                    h2 = full.outH;
                    w2 = full.outW;
                }
                ops.add(op);
                h = h2;
                w = w2;
                c = (int) conv.getNOut();
                addActivation(conv);
            } else if (conf instanceof org.deeplearning4j.nn.conf.layers.BatchNormalization bn) {
                if (bn.isUseLogStd() || bn.isLockGammaBeta()) {
                    throw new IllegalArgumentException("layer " + i + ": expected BatchNormalization with "
                            + "useLogStd(false) and trainable gamma/beta");
                }
                ops.add(new BatchNorm(bn.getEps(), bn.getDecay(), p, g));
            } else if (conf instanceof ActivationLayer act) {
                ops.add(new Activation(act.getActivationFn()));
            } else {
                throw new IllegalArgumentException("layer " + i + ": " + conf.getClass().getSimpleName()
                        + " is not supported by the channels-last path");
            }
        }
        this.outH = h;
        this.outW = w;
        this.outC = c;
    }

    private void addActivation(BaseLayer layer) {
        if (!(layer.getActivationFn() instanceof ActivationIdentity)) {
            ops.add(new Activation(layer.getActivationFn()));
        }
    }

    /**
     * The network's own flattened gradient (what {@link #exportGradients} fills) as a {@link Gradient}, so the
     * network's updater takes its standard path; built once.
     */
    Gradient gradient() {
        return gradient;
    }

    /** Copies the network's current weights into the tap-major layouts; call after every update. */
    void refreshWeights() {
        for (Op op : ops) {
            op.refresh();
        }
    }

    /** Sets every gradient accumulator to zero (the start of a step's backward passes). */
    void zeroGradients() {
        for (Op op : ops) {
            op.zero();
        }
    }

    /** Writes the accumulated gradients into the network's flattened gradient view, DL4J's layout. */
    void exportGradients() {
        for (Op op : ops) {
            op.export();
        }
    }

    /**
     * Training-mode forward pass (batch statistics), keeping what the next {@link #backward} needs.
     *
     * @param batches one or more batches of the same size, passed through together (one product per layer for
     *                all of them) but normalised separately, as separate forward passes would: [n, features]
     *                for a dense input, or [n, channels, height, width] (NCHW, as DL4J)
     * @return the batches' outputs one after the other: [n·batches, features], or [n·batches, channels, height,
     *         width]
     */
    INDArray forward(INDArray... batches) {
        int per = Math.toIntExact(batches[0].size(0));
        for (INDArray b : batches) {
            if (b.size(0) != per) {
                throw new IllegalArgumentException("batches: expected equal sizes, got " + b.size(0) + " and " + per);
            }
        }
        segments = batches.length;
        int n = per * segments;
        INDArray x;
        if (inH == 0) {
            x = segments == 1 ? batches[0].castTo(dataType) : Nd4j.vstack(batches).castTo(dataType);
        } else {
            x = rowsBuffer(inBuffers, n, inH, inW, inC);
            INDArray x4 = x.reshape(n, inH, inW, inC);
            for (int s = 0; s < segments; s++) {
                INDArray target = segments == 1 ? x4 : x4.get(NDArrayIndex.interval(s * per, (s + 1) * per),
                        NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
                target.assign(batches[s].permute(0, 2, 3, 1));
            }
        }
        for (Op op : ops) {
            x = op.forward(x, n, segments);
        }
        if (outH == 0) {
            return x;
        }
        return x.reshape(n, outH, outW, outC).permute(0, 3, 1, 2); // a view of the last op's buffer
    }

    /** A [n·h·w, c] buffer, one per size. */
    private INDArray rowsBuffer(Map<Integer, INDArray> buffers, int n, int h, int w, int c) {
        return buffers.computeIfAbsent(n, key -> Nd4j.create(dataType, key * (long) h * w, c));
    }

    /**
     * Backward pass of the last {@link #forward}: gradient of the loss with respect to the output in (all
     * batches, one after the other), gradient with respect to the input out (or null).
     *
     * @param paramGradients whether to add this pass's parameter gradients to the accumulators
     * @param inputGradient  whether the gradient with respect to the input is wanted
     */
    INDArray backward(INDArray outputGradient, boolean paramGradients, boolean inputGradient) {
        int n = Math.toIntExact(outputGradient.size(0));
        INDArray d;
        if (outH == 0) {
            d = outputGradient.castTo(dataType);
        } else {
            d = rowsBuffer(outBuffers, n, outH, outW, outC);
            d.reshape(n, outH, outW, outC).assign(outputGradient.permute(0, 2, 3, 1));
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            d = ops.get(i).backward(d, n, segments, paramGradients, i > 0 || inputGradient);
        }
        if (!inputGradient) {
            return null;
        }
        if (inH == 0) {
            return d;
        }
        return d.reshape(n, inH, inW, inC).permute(0, 3, 1, 2); // a view of the first op's buffer
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * One step of the network on channels-last rows: a [rows, channels] matrix. An op owns the arrays it
     * returns and reuses them on the next call with the same batch size: nothing is allocated per step
     * (a fresh off-heap array of a few hundred kilobytes costs ND4J about as much as a product of that size).
     */
    private abstract static class Op {
        private int batch = -1;
        private final Map<Integer, Object[]> states = new HashMap<>();

        /**
         * Switches to the buffers for this size (batch size, or rows), allocating them the first time: a
         * training step alternates between two sizes, D's real and fake together and D's fake alone.
         */
        final void ensure(int n, DataType type) {
            if (n == batch) {
                return;
            }
            if (batch >= 0) {
                states.put(batch, save());
            }
            Object[] state = states.get(n);
            if (state != null) {
                restore(state);
            } else {
                allocate(n, type);
            }
            batch = n;
        }

        abstract void allocate(int n, DataType type);

        /** The per-size buffers, for {@link #ensure}. */
        abstract Object[] save();

        abstract void restore(Object[] state);

        /**
         * @param n        the batch size
         * @param segments how many equal, independently normalised batches the rows hold (batch normalization
         *                 computes its statistics per segment)
         */
        abstract INDArray forward(INDArray x, int n, int segments);

        /** Returns the input gradient, or null when {@code inputGradient} is false. */
        abstract INDArray backward(INDArray dy, int n, int segments, boolean paramGradients, boolean inputGradient);

        void refresh() {}

        void zero() {}

        void export() {}
    }

    private static final Map<String, INDArray> ONES = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code out} = the column sums of a [rows, c] matrix, as a [1, c] row: a product with a row of ones. */
    static INDArray columnSums(INDArray x, INDArray out, double scale) {
        long rows = x.size(0);
        INDArray ones = ONES.computeIfAbsent(rows + " " + x.dataType(), key -> Nd4j.ones(x.dataType(), 1, rows));
        return Nd4j.gemm(ones, x, out, false, false, scale, 0.0);
    }

    /**
     * A dense layer; with {@code from} its input is a channels-last image that DL4J flattens channel-major
     * (CnnToFeedForwardPreProcessor), with {@code to} its output is one that DL4J reshapes channel-major
     * (FeedForwardToCnnPreProcessor). The weight rows or columns are permuted once per refresh so that the
     * product works directly on channels-last data.
     */
    private static final class Dense extends Op {
        private final int nIn;
        private final int nOut;
        private final int[] from;
        private final int[] to;
        private final INDArray wView;
        private final INDArray bView;
        private final INDArray gwView;
        private final INDArray gbView;
        private final INDArray w;
        private final INDArray b;
        private final INDArray gw;
        private final INDArray gb;
        private final INDArray gbStep;
        private final INDArray scratch;
        private INDArray input;
        private INDArray y;
        private INDArray dx;

        Dense(int nIn, int nOut, int[] from, int[] to, INDArray wView, INDArray bView, INDArray gwView,
                INDArray gbView) {
            this.nIn = nIn;
            this.nOut = nOut;
            this.from = from;
            this.to = to;
            this.wView = wView;
            this.bView = bView;
            this.gwView = gwView;
            this.gbView = gbView;
            DataType type = wView.dataType();
            this.w = Nd4j.create(type, nIn, nOut);
            this.b = Nd4j.create(type, 1, nOut);
            this.gw = Nd4j.create(type, nIn, nOut);
            this.gb = Nd4j.create(type, 1, nOut);
            this.gbStep = Nd4j.create(type, 1, nOut);
            this.scratch = Nd4j.create(type, nIn, nOut);
        }

        /**
         * DL4J's order seen from ours: {@code dl4j} is a c-ordered [nIn, nOut] copy of DL4J's matrix; the result is
         * a view of it shaped like our channels-last matrix split into its (h, w, c) parts.
         */
        private INDArray dl4jAsChannelsLast(INDArray dl4j) {
            if (from != null) { // rows r = c·H·W + h·W + w
                return dl4j.reshape(from[2], from[0], from[1], nOut).permute(1, 2, 0, 3);
            }
            if (to != null) { // columns
                return dl4j.reshape(nIn, to[2], to[0], to[1]).permute(0, 2, 3, 1);
            }
            return dl4j;
        }

        /** Our channels-last matrix split into its (h, w, c) parts: a view. */
        private INDArray split(INDArray ours) {
            if (from != null) {
                return ours.reshape(from[0], from[1], from[2], nOut);
            }
            if (to != null) {
                return ours.reshape(nIn, to[0], to[1], to[2]);
            }
            return ours;
        }

        @Override
        void allocate(int n, DataType type) {
            y = Nd4j.create(type, n, nOut);
            dx = Nd4j.create(type, n, nIn);
        }

        @Override
        Object[] save() {
            return new Object[] {y, dx};
        }

        @Override
        void restore(Object[] state) {
            y = (INDArray) state[0];
            dx = (INDArray) state[1];
        }

        @Override
        void refresh() {
            scratch.assign(wView); // DL4J keeps dense weights in 'f' order; a c-ordered copy splits into views
            split(w).assign(dl4jAsChannelsLast(scratch));
            if (to != null) {
                b.reshape(1, to[0], to[1], to[2]).assign(bView.reshape(1, to[2], to[0], to[1]).permute(0, 2, 3, 1));
            } else {
                b.assign(bView.reshape(1, nOut));
            }
        }

        @Override
        void zero() {
            gw.assign(0);
            gb.assign(0);
        }

        @Override
        void export() {
            dl4jAsChannelsLast(scratch).assign(split(gw));
            gwView.assign(scratch);
            if (to != null) {
                gbView.reshape(1, to[2], to[0], to[1]).assign(gb.reshape(1, to[0], to[1], to[2]).permute(0, 3, 1, 2));
            } else {
                gbView.reshape(1, nOut).assign(gb);
            }
        }

        @Override
        INDArray forward(INDArray x, int n, int segments) {
            ensure(n, w.dataType());
            input = x.reshape(n, nIn);
            Nd4j.gemm(input, w, y, false, false, 1.0, 0.0);
            y.addiRowVector(b);
            return to == null ? y : y.reshape((long) n * to[0] * to[1], to[2]);
        }

        @Override
        INDArray backward(INDArray dy, int n, int segments, boolean paramGradients, boolean inputGradient) {
            INDArray d = dy.reshape(n, nOut);
            if (paramGradients) {
                Nd4j.gemm(input, d, gw, true, false, 1.0, 1.0);
                gb.addi(columnSums(d, gbStep, 1.0));
            }
            if (!inputGradient) {
                return null;
            }
            Nd4j.gemm(d, w, dx, false, true, 1.0, 0.0);
            return from == null ? dx : dx.reshape((long) n * from[0] * from[1], from[2]);
        }
    }

    /**
     * What {@link TapConv} and {@link GroupedConv} share: a convolution or transposed convolution with stride =
     * kernel = k and padding p, its two grids and its bias. The small grid is the convolution's output (the
     * transposed convolution's input), the large grid the other side; small pixel (i, j) and tap (a, b) meet
     * large pixel (k·i + a − p, k·j + b − p).
     */
    private abstract static class StrideKernelConv extends Op {
        final boolean transposed;
        final int k;
        final int p;
        final int cin;
        final int cout;
        final int inH;
        final int inW;
        final int outH;
        final int outW;
        final int smallH;
        final int smallW;
        final int bigH;
        final int bigW;
        final int bigC;
        final int smallC;
        final INDArray wView;
        final INDArray bView;
        final INDArray gwView;
        final INDArray gbView;
        final INDArray b;
        final INDArray gb;
        final INDArray gbStep;

        StrideKernelConv(ConvolutionLayer conf, boolean transposed, int inH, int inW, INDArray wView,
                INDArray bView, INDArray gwView, INDArray gbView) {
            check(conf);
            this.transposed = transposed;
            this.k = conf.getKernelSize()[0];
            this.p = conf.getPadding()[0];
            this.cin = (int) conf.getNIn();
            this.cout = (int) conf.getNOut();
            this.inH = inH;
            this.inW = inW;
            if (transposed) {
                outH = k * (inH - 1) + k - 2 * p;
                outW = k * (inW - 1) + k - 2 * p;
                smallH = inH;
                smallW = inW;
                bigH = outH;
                bigW = outW;
                bigC = cout;
                smallC = cin;
            } else {
                outH = (inH + 2 * p - k) / k + 1;
                outW = (inW + 2 * p - k) / k + 1;
                smallH = outH;
                smallW = outW;
                bigH = inH;
                bigW = inW;
                bigC = cin;
                smallC = cout;
            }
            this.wView = wView;
            this.bView = bView;
            this.gwView = gwView;
            this.gbView = gbView;
            DataType type = wView.dataType();
            this.b = Nd4j.create(type, 1, cout);
            this.gb = Nd4j.create(type, 1, cout);
            this.gbStep = Nd4j.create(type, 1, cout);
        }

        static void check(ConvolutionLayer conf) {
            int[] kernel = conf.getKernelSize();
            int[] stride = conf.getStride();
            int[] pad = conf.getPadding();
            int[] dil = conf.getDilation();
            if (kernel[0] != kernel[1] || stride[0] != kernel[0] || stride[1] != kernel[1] || pad[0] != pad[1]
                    || dil[0] != 1 || dil[1] != 1 || conf.getConvolutionMode() != ConvolutionMode.Truncate
                    || !conf.hasBias()) {
                throw new IllegalArgumentException("convolution: expected a square kernel with stride = kernel, "
                        + "equal padding, no dilation, Truncate mode and a bias");
            }
        }
    }

    /**
     * A convolution or transposed convolution with stride = kernel = k, as one matrix product.
     *
     * <p>Let the small grid be the convolution's output (the transposed convolution's input) and the large grid
     * the other side. Small pixel (i, j) and kernel tap (a, b) meet large pixel (k·i + a − p, k·j + b − p), and
     * because the stride equals the kernel each large pixel meets exactly one (small pixel, tap) pair. So the
     * large grid, rearranged as a matrix {@code L} with one row per small pixel and k·k·C columns (the pixel's
     * k × k block, "space to depth"), holds every large value once; the slots of padded or cropped pixels are
     * zeros that are never written. Then
     * <pre>
     * convolution:            y = L · W             dW = Lᵀ · dy    dL = dy · Wᵀ  → scatter to dx
     * transposed convolution: L = x · W → scatter   dW = xᵀ · dL    dx = dL · Wᵀ  (dL gathered from dy)
     * </pre>
     * with W the k·k·C_in × C_out (or C_in × k·k·C_out) weight matrix. Gathers and scatters are k·k strided
     * copies between the large grid and column blocks of {@code L}.
     */
    private static final class TapConv extends StrideKernelConv {
        private final int[][] taps; // {a, b, i0, ni, j0, nj}
        private final INDArray w;    // conv: [k·k·cin, cout]; transposed: [cin, k·k·cout]
        private final INDArray gw;
        // per batch size
        private INDArray blocks;      // L: [n·smallH·smallW, k·k·bigC], padded/cropped slots stay 0
        private INDArray dBlocks;     // its gradient (transposed convolution: gathered from dy)
        private INDArray[] blockViews;
        private INDArray[] dBlockViews;
        private INDArray y;
        private INDArray dx;
        private INDArray input;

        TapConv(ConvolutionLayer conf, boolean transposed, int inH, int inW, INDArray wView, INDArray bView,
                INDArray gwView, INDArray gbView) {
            super(conf, transposed, inH, inW, wView, bView, gwView, gbView);
            List<int[]> list = new ArrayList<>();
            int covered = 0;
            for (int a = 0; a < k; a++) {
                int[] rows = range(a, smallH, bigH);
                for (int bb = 0; bb < k; bb++) {
                    int[] cols = range(bb, smallW, bigW);
                    if (rows[1] > 0 && cols[1] > 0) {
                        list.add(new int[] {a, bb, rows[0], rows[1], cols[0], cols[1]});
                        covered += rows[1] * cols[1];
                    }
                }
            }
            if (!transposed && covered != bigH * bigW) {
                // a convolution whose windows skip input pixels would need those gradient rows zeroed
                throw new IllegalArgumentException("convolution: " + (bigH * bigW - covered)
                        + " input pixels are outside every window; expected full coverage");
            }
            this.taps = list.toArray(new int[0][]);
            DataType type = wView.dataType();
            this.w = transposed ? Nd4j.create(type, cin, (long) k * k * cout) : Nd4j.create(type, (long) k * k * cin, cout);
            this.gw = Nd4j.create(type, w.shape());
        }

        /** The small-grid indices i with 0 ≤ k·i + a − p < big, as {first, count}. */
        private int[] range(int a, int small, int big) {
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
            return new int[] {first, count};
        }

        /** Tap t's pixels of the large grid, a stride-k lattice: [n, ni, nj, bigC]. */
        private INDArray lattice(INDArray big4, int[] t) {
            int y0 = k * t[2] + t[0] - p;
            int x0 = k * t[4] + t[1] - p;
            return big4.get(NDArrayIndex.all(), NDArrayIndex.interval(y0, k, y0 + k * (t[3] - 1) + 1),
                    NDArrayIndex.interval(x0, k, x0 + k * (t[5] - 1) + 1), NDArrayIndex.all());
        }

        /** Tap t's column block of L at its rectangle of small pixels: [n, ni, nj, bigC]. */
        private INDArray block(INDArray l4, int[] t) {
            long c0 = (long) (t[0] * k + t[1]) * bigC;
            return l4.get(NDArrayIndex.all(), NDArrayIndex.interval(t[2], t[2] + t[3]),
                    NDArrayIndex.interval(t[4], t[4] + t[5]), NDArrayIndex.interval(c0, c0 + bigC));
        }

        @Override
        void allocate(int n, DataType type) {
            long smallRows = (long) n * smallH * smallW;
            blocks = Nd4j.zeros(type, smallRows, (long) k * k * bigC);
            dBlocks = Nd4j.zeros(type, smallRows, (long) k * k * bigC);
            INDArray l4 = blocks.reshape(n, smallH, smallW, (long) k * k * bigC);
            INDArray d4 = dBlocks.reshape(n, smallH, smallW, (long) k * k * bigC);
            blockViews = new INDArray[taps.length];
            dBlockViews = new INDArray[taps.length];
            for (int i = 0; i < taps.length; i++) {
                blockViews[i] = block(l4, taps[i]);
                dBlockViews[i] = block(d4, taps[i]);
            }
            y = Nd4j.create(type, (long) n * outH * outW, cout);
            dx = Nd4j.zeros(type, (long) n * inH * inW, cin);
        }

        @Override
        Object[] save() {
            return new Object[] {blocks, dBlocks, blockViews, dBlockViews, y, dx};
        }

        @Override
        void restore(Object[] state) {
            blocks = (INDArray) state[0];
            dBlocks = (INDArray) state[1];
            blockViews = (INDArray[]) state[2];
            dBlockViews = (INDArray[]) state[3];
            y = (INDArray) state[4];
            dx = (INDArray) state[5];
        }

        @Override
        void refresh() {
            // DL4J: convolution [cout, cin, kh, kw] → rows (a, b, cin); transposed [cin, cout, kh, kw] → columns (a, b, cout)
            if (transposed) {
                w.reshape(cin, k, k, cout).assign(wView.permute(0, 2, 3, 1));
            } else {
                w.reshape(k, k, cin, cout).assign(wView.permute(2, 3, 1, 0));
            }
            b.assign(bView.reshape(1, cout));
        }

        @Override
        void zero() {
            gw.assign(0);
            gb.assign(0);
        }

        @Override
        void export() {
            if (transposed) {
                gwView.assign(gw.reshape(cin, k, k, cout).permute(0, 3, 1, 2));
            } else {
                gwView.assign(gw.reshape(k, k, cin, cout).permute(3, 2, 0, 1));
            }
            gbView.reshape(1, cout).assign(gb);
        }

        @Override
        INDArray forward(INDArray x, int n, int segments) {
            ensure(n, w.dataType());
            input = x;
            if (transposed) {
                Nd4j.gemm(x, w, blocks, false, false, 1.0, 0.0);
                INDArray y4 = y.reshape(n, outH, outW, cout);
                for (int i = 0; i < taps.length; i++) {
                    lattice(y4, taps[i]).assign(blockViews[i]);
                }
            } else {
                INDArray x4 = x.reshape(n, inH, inW, cin);
                for (int i = 0; i < taps.length; i++) {
                    blockViews[i].assign(lattice(x4, taps[i]));
                }
                Nd4j.gemm(blocks, w, y, false, false, 1.0, 0.0);
            }
            y.addiRowVector(b);
            return y;
        }

        @Override
        INDArray backward(INDArray dy, int n, int segments, boolean paramGradients, boolean inputGradient) {
            if (paramGradients) {
                gb.addi(columnSums(dy, gbStep, 1.0));
            }
            if (transposed) {
                INDArray dy4 = dy.reshape(n, outH, outW, cout);
                for (int i = 0; i < taps.length; i++) {
                    dBlockViews[i].assign(lattice(dy4, taps[i]));
                }
                if (paramGradients) {
                    Nd4j.gemm(input, dBlocks, gw, true, false, 1.0, 1.0);
                }
                if (!inputGradient) {
                    return null;
                }
                Nd4j.gemm(dBlocks, w, dx, false, true, 1.0, 0.0);
            } else {
                if (paramGradients) {
                    Nd4j.gemm(blocks, dy, gw, true, false, 1.0, 1.0);
                }
                if (!inputGradient) {
                    return null;
                }
                Nd4j.gemm(dy, w, dBlocks, false, true, 1.0, 0.0);
                INDArray dx4 = dx.reshape(n, inH, inW, cin);
                for (int i = 0; i < taps.length; i++) {
                    lattice(dx4, taps[i]).assign(dBlockViews[i]);
                }
            }
            return dx;
        }
    }

    /**
     * A convolution or transposed convolution with stride = kernel = k, without the multiply-adds that
     * {@link TapConv} spends on padded or cropped pixels: one product per kernel tap and group of small pixels.
     *
     * <p>Small pixels are grouped by the set of taps whose large partner lies inside the large grid: with
     * padding 1 and k = 2, the first row of the small grid has only tap row a = 1, the last only a = 0, the
     * rows between both, and likewise for columns, so a 3 × 3 grid has a corner (1 tap), edge (2 taps) and
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
    private static final class GroupedConv extends StrideKernelConv {
        private final List<int[]> groups = new ArrayList<>(); // {i0, ni, j0, nj, tap...}
        private final INDArray[] w;  // per tap a·k + b: [cin, cout]
        private final INDArray[] gw;
        // per batch size, per group
        private INDArray[] smallBuf;   // [n·ni·nj, smallC]: the group's rows of the small side
        private INDArray[] dSmallBuf;
        private INDArray[][] tapBuf;   // [n·ni·nj, bigC] per tap of the group: L_gt
        private INDArray[][] dTapBuf;
        private INDArray y;
        private INDArray dx;

        GroupedConv(ConvolutionLayer conf, boolean transposed, int inH, int inW, INDArray wView, INDArray bView,
                INDArray gwView, INDArray gbView) {
            super(conf, transposed, inH, inW, wView, bView, gwView, gbView);
            List<int[]> rows = classes(smallH, bigH);
            List<int[]> cols = classes(smallW, bigW);
            int covered = 0;
            for (int[] r : rows) {
                for (int[] c : cols) {
                    int nTaps = (r.length - 2) * (c.length - 2);
                    int[] g = new int[4 + nTaps];
                    g[0] = r[0];
                    g[1] = r[1];
                    g[2] = c[0];
                    g[3] = c[1];
                    int q = 4;
                    for (int ai = 2; ai < r.length; ai++) {
                        for (int bi = 2; bi < c.length; bi++) {
                            g[q++] = r[ai] * k + c[bi];
                        }
                    }
                    groups.add(g);
                    covered += r[1] * c[1] * nTaps;
                }
            }
            if (covered != bigH * bigW) {
                throw new IllegalArgumentException("convolution: the windows cover " + covered + " of the "
                        + bigH * bigW + " large-grid pixels; expected each exactly once");
            }
            DataType type = wView.dataType();
            this.w = new INDArray[k * k];
            this.gw = new INDArray[k * k];
            for (int t = 0; t < k * k; t++) {
                w[t] = Nd4j.create(type, cin, cout);
                gw[t] = Nd4j.create(type, cin, cout);
            }
        }

        /**
         * Runs of small-grid indices with the same valid taps: {first, count, tap...}, where tap a is valid for
         * small index i when 0 ≤ k·i + a − p < big.
         */
        private List<int[]> classes(int small, int big) {
            List<int[]> out = new ArrayList<>();
            int[] prev = null;
            for (int i = 0; i < small; i++) {
                List<Integer> valid = new ArrayList<>();
                for (int a = 0; a < k; a++) {
                    int yy = k * i + a - p;
                    if (yy >= 0 && yy < big) {
                        valid.add(a);
                    }
                }
                int[] cls = new int[2 + valid.size()];
                cls[0] = i;
                cls[1] = 1;
                for (int q = 0; q < valid.size(); q++) {
                    cls[2 + q] = valid.get(q);
                }
                if (prev != null && java.util.Arrays.equals(prev, 2, prev.length, cls, 2, cls.length)) {
                    prev[1]++;
                } else if (!valid.isEmpty()) {
                    out.add(cls);
                    prev = cls;
                }
            }
            return out;
        }

        private static INDArrayIndex[] rect(int[] g) {
            return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(g[0], g[0] + g[1]),
                    NDArrayIndex.interval(g[2], g[2] + g[3]), NDArrayIndex.all()};
        }

        /** The large pixels that tap t pairs with group g's small pixels: [n, ni, nj, bigC]. */
        private INDArray lattice(INDArray big4, int[] g, int t) {
            int a = t / k;
            int bb = t % k;
            int y0 = k * g[0] + a - p;
            int x0 = k * g[2] + bb - p;
            return big4.get(NDArrayIndex.all(), strided(y0, k, g[1]), strided(x0, k, g[3]), NDArrayIndex.all());
        }

        /**
         * count indices from first in steps of stride. (ND4J 1.0.0-M2.1 misreads a strided interval that holds one
         * index: interval(1, 2, 2) of 0..3 selects 1 and 3, interval(2, 2, 3) fails as out of range. So a single
         * index is asked for without a stride.)
         */
        private static INDArrayIndex strided(int first, int stride, int count) {
            return count == 1 ? NDArrayIndex.interval(first, first + 1)
                    : NDArrayIndex.interval(first, stride, first + stride * (count - 1) + 1);
        }

        @Override
        void allocate(int n, DataType type) {
            int gs = groups.size();
            smallBuf = new INDArray[gs];
            dSmallBuf = new INDArray[gs];
            tapBuf = new INDArray[gs][];
            dTapBuf = new INDArray[gs][];
            for (int gi = 0; gi < gs; gi++) {
                int[] g = groups.get(gi);
                long m = (long) n * g[1] * g[3];
                smallBuf[gi] = Nd4j.create(type, m, smallC);
                dSmallBuf[gi] = Nd4j.create(type, m, smallC);
                tapBuf[gi] = new INDArray[g.length - 4];
                dTapBuf[gi] = new INDArray[g.length - 4];
                for (int q = 0; q < g.length - 4; q++) {
                    tapBuf[gi][q] = Nd4j.create(type, m, bigC);
                    dTapBuf[gi][q] = Nd4j.create(type, m, bigC);
                }
            }
            y = Nd4j.create(type, (long) n * outH * outW, cout);
            dx = Nd4j.create(type, (long) n * inH * inW, cin);
        }

        @Override
        Object[] save() {
            return new Object[] {smallBuf, dSmallBuf, tapBuf, dTapBuf, y, dx};
        }

        @Override
        void restore(Object[] state) {
            smallBuf = (INDArray[]) state[0];
            dSmallBuf = (INDArray[]) state[1];
            tapBuf = (INDArray[][]) state[2];
            dTapBuf = (INDArray[][]) state[3];
            y = (INDArray) state[4];
            dx = (INDArray) state[5];
        }

        @Override
        void refresh() {
            for (int t = 0; t < k * k; t++) {
                INDArray tap = wView.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t / k),
                        NDArrayIndex.point(t % k));
                // DL4J: convolution [cout, cin, kh, kw], transposed convolution [cin, cout, kh, kw]
                w[t].assign(transposed ? tap : tap.transpose());
            }
            b.assign(bView.reshape(1, cout));
        }

        @Override
        void zero() {
            for (INDArray g : gw) {
                g.assign(0);
            }
            gb.assign(0);
        }

        @Override
        void export() {
            for (int t = 0; t < k * k; t++) {
                INDArray tap = gwView.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t / k),
                        NDArrayIndex.point(t % k));
                tap.assign(transposed ? gw[t] : gw[t].transpose());
            }
            gbView.reshape(1, cout).assign(gb);
        }

        @Override
        INDArray forward(INDArray x, int n, int segments) {
            ensure(n, b.dataType());
            INDArray x4 = x.reshape(n, inH, inW, cin);
            INDArray y4 = y.reshape(n, outH, outW, cout);
            for (int gi = 0; gi < groups.size(); gi++) {
                int[] g = groups.get(gi);
                INDArray small = smallBuf[gi];
                if (transposed) {
                    small.reshape(n, g[1], g[3], cin).assign(x4.get(rect(g)));
                    for (int q = 4; q < g.length; q++) {
                        INDArray l = tapBuf[gi][q - 4];
                        Nd4j.gemm(small, w[g[q]], l, false, false, 1.0, 0.0);
                        lattice(y4, g, g[q]).assign(l.reshape(n, g[1], g[3], cout));
                    }
                } else {
                    for (int q = 4; q < g.length; q++) {
                        INDArray l = tapBuf[gi][q - 4];
                        l.reshape(n, g[1], g[3], cin).assign(lattice(x4, g, g[q]));
                        Nd4j.gemm(l, w[g[q]], small, false, false, 1.0, q == 4 ? 0.0 : 1.0);
                    }
                    y4.get(rect(g)).assign(small.reshape(n, g[1], g[3], cout));
                }
            }
            y.addiRowVector(b);
            return y;
        }

        @Override
        INDArray backward(INDArray dy, int n, int segments, boolean paramGradients, boolean inputGradient) {
            if (paramGradients) {
                gb.addi(columnSums(dy, gbStep, 1.0));
            }
            INDArray dy4 = dy.reshape(n, outH, outW, cout);
            INDArray dx4 = dx.reshape(n, inH, inW, cin);
            for (int gi = 0; gi < groups.size(); gi++) {
                int[] g = groups.get(gi);
                if (transposed) {
                    INDArray dSmall = dSmallBuf[gi];
                    for (int q = 4; q < g.length; q++) {
                        INDArray dl = dTapBuf[gi][q - 4];
                        dl.reshape(n, g[1], g[3], cout).assign(lattice(dy4, g, g[q]));
                        if (paramGradients) {
                            Nd4j.gemm(smallBuf[gi], dl, gw[g[q]], true, false, 1.0, 1.0);
                        }
                        if (inputGradient) {
                            Nd4j.gemm(dl, w[g[q]], dSmall, false, true, 1.0, q == 4 ? 0.0 : 1.0);
                        }
                    }
                    if (inputGradient) {
                        dx4.get(rect(g)).assign(dSmall.reshape(n, g[1], g[3], cin));
                    }
                } else {
                    INDArray dSmall = dSmallBuf[gi];
                    dSmall.reshape(n, g[1], g[3], cout).assign(dy4.get(rect(g)));
                    for (int q = 4; q < g.length; q++) {
                        if (paramGradients) {
                            Nd4j.gemm(tapBuf[gi][q - 4], dSmall, gw[g[q]], true, false, 1.0, 1.0);
                        }
                        if (inputGradient) {
                            INDArray dl = dTapBuf[gi][q - 4];
                            Nd4j.gemm(dSmall, w[g[q]], dl, false, true, 1.0, 0.0);
                            lattice(dx4, g, g[q]).assign(dl.reshape(n, g[1], g[3], cin));
                        }
                    }
                }
            }
            return inputGradient ? dx : null;
        }
    }

    /**
     * Batch normalization over rows, per channel, with the batch's mean and biased variance (Ioffe & Szegedy
     * 2015, Algorithm 1); its running statistics are updated the way DL4J does it, through a "gradient"
     * (1 − decay)·(running − batch) that the updater subtracts unscaled.
     */
    private static final class BatchNorm extends Op {
        private final double eps;
        private final double decay;
        private final INDArray gamma;
        private final INDArray beta;
        private final INDArray runMean;
        private final INDArray runVar;
        private final INDArray gGammaView;
        private final INDArray gBetaView;
        private final INDArray gMeanView;
        private final INDArray gVarView;
        private final INDArray gGamma;
        private final INDArray gBeta;
        private final INDArray gMean;
        private final INDArray gVar;
        private final INDArray scale;
        private final INDArray dBeta;
        private final INDArray dGamma;
        // per number of rows (and so per number of segments)
        private INDArray y;
        private INDArray tmp;
        private INDArray[] xHat;  // per segment, views of one buffer
        private INDArray[] ySeg;
        private INDArray[] tmpSeg;
        private INDArray[] mean;
        private INDArray[] var;
        private INDArray[] std;

        BatchNorm(double eps, double decay, Map<String, INDArray> p, Map<String, INDArray> g) {
            this.eps = eps;
            this.decay = decay;
            long c = p.get("gamma").length();
            this.gamma = p.get("gamma").reshape(1, c);
            this.beta = p.get("beta").reshape(1, c);
            this.runMean = p.get("mean").reshape(1, c);
            this.runVar = p.get("var").reshape(1, c);
            this.gGammaView = g.get("gamma");
            this.gBetaView = g.get("beta");
            this.gMeanView = g.get("mean");
            this.gVarView = g.get("var");
            DataType type = gamma.dataType();
            this.gGamma = Nd4j.create(type, 1, c);
            this.gBeta = Nd4j.create(type, 1, c);
            this.gMean = Nd4j.create(type, 1, c);
            this.gVar = Nd4j.create(type, 1, c);
            this.scale = Nd4j.create(type, 1, c);
            this.dBeta = Nd4j.create(type, 1, c);
            this.dGamma = Nd4j.create(type, 1, c);
        }

        /** Buffers by number of rows, the size {@link #ensure} switches on; segments are set up on first use. */
        @Override
        void allocate(int rows, DataType type) {
            y = Nd4j.create(type, rows, gamma.length());
            tmp = Nd4j.create(type, rows, gamma.length());
            xHat = null;
        }

        private void segments(int segments, long rows) {
            if (xHat != null && xHat.length == segments) {
                return;
            }
            DataType type = gamma.dataType();
            INDArray xHatAll = Nd4j.create(type, rows, gamma.length());
            xHat = new INDArray[segments];
            ySeg = new INDArray[segments];
            tmpSeg = new INDArray[segments];
            mean = new INDArray[segments];
            var = new INDArray[segments];
            std = new INDArray[segments];
            for (int s = 0; s < segments; s++) {
                xHat[s] = segment(xHatAll, s, segments);
                ySeg[s] = segment(y, s, segments);
                tmpSeg[s] = segment(tmp, s, segments);
                mean[s] = Nd4j.create(type, 1, gamma.length());
                var[s] = Nd4j.create(type, 1, gamma.length());
                std[s] = Nd4j.create(type, 1, gamma.length());
            }
        }

        private static INDArray segment(INDArray rows, int s, int segments) {
            if (segments == 1) {
                return rows;
            }
            long per = rows.size(0) / segments;
            return rows.get(NDArrayIndex.interval(s * per, (s + 1) * per), NDArrayIndex.all());
        }

        @Override
        Object[] save() {
            return new Object[] {y, tmp, xHat, ySeg, tmpSeg, mean, var, std};
        }

        @Override
        void restore(Object[] state) {
            y = (INDArray) state[0];
            tmp = (INDArray) state[1];
            xHat = (INDArray[]) state[2];
            ySeg = (INDArray[]) state[3];
            tmpSeg = (INDArray[]) state[4];
            mean = (INDArray[]) state[5];
            var = (INDArray[]) state[6];
            std = (INDArray[]) state[7];
        }

        @Override
        void zero() {
            gGamma.assign(0);
            gBeta.assign(0);
            gMean.assign(0);
            gVar.assign(0);
        }

        @Override
        void export() {
            gGammaView.reshape(gGamma.shape()).assign(gGamma);
            gBetaView.reshape(gBeta.shape()).assign(gBeta);
            gMeanView.reshape(gMean.shape()).assign(gMean);
            gVarView.reshape(gVar.shape()).assign(gVar);
        }

        @Override
        INDArray forward(INDArray x, int n, int segments) {
            long rows = x.size(0);
            ensure(Math.toIntExact(rows), gamma.dataType());
            segments(segments, rows);
            double per = (double) rows / segments;
            for (int s = 0; s < segments; s++) {
                INDArray xs = segment(x, s, segments);
                INDArray xh = xHat[s];
                INDArray t = tmpSeg[s];
                columnSums(xs, mean[s], 1.0 / per);
                xh.assign(xs).subiRowVector(mean[s]);
                t.assign(xh).muli(xh);
                columnSums(t, var[s], 1.0 / per);
                Transforms.sqrt(std[s].assign(var[s]).addi(eps), false);
                xh.diviRowVector(std[s]);
                ySeg[s].assign(xh).muliRowVector(gamma).addiRowVector(beta);
            }
            return y;
        }

        @Override
        INDArray backward(INDArray dy, int n, int segments, boolean paramGradients, boolean inputGradient) {
            double per = (double) dy.size(0) / segments;
            for (int s = 0; s < segments; s++) {
                INDArray dys = segment(dy, s, segments);
                INDArray t = tmpSeg[s];
                columnSums(dys, dBeta, 1.0);
                t.assign(dys).muli(xHat[s]);
                columnSums(t, dGamma, 1.0);
                if (paramGradients) {
                    gBeta.addi(dBeta);
                    gGamma.addi(dGamma);
                    // running − batch, scaled by (1 − decay), summed over the step's batches as DL4J's gradients are
                    gMean.addi(scale.assign(runMean).subi(mean[s]).muli(1 - decay));
                    gVar.addi(scale.assign(runVar).subi(var[s]).muli(1 - decay));
                }
                if (inputGradient) {
                    // dx = γ/σ · (dy − mean(dy) − x̂ · mean(dy · x̂))
                    t.assign(xHat[s]).muliRowVector(dGamma.muli(-1.0 / per)).addi(dys)
                            .addiRowVector(dBeta.muli(-1.0 / per)).muliRowVector(scale.assign(gamma).divi(std[s]));
                }
            }
            return inputGradient ? tmp : null;
        }
    }

    /**
     * ReLU, LeakyReLU or tanh, in place on the previous op's output. The derivatives are read off the output:
     * for ReLU and LeakyReLU (0 < α < 1) y > 0 exactly when x > 0, and tanh′ = 1 − y².
     */
    private static final class Activation extends Op {
        private final IActivation fn;
        private final double alpha; // 0 for ReLU, NaN for tanh
        private INDArray y;
        private INDArray dx;
        private INDArray scratch;

        Activation(IActivation fn) {
            this.fn = fn;
            if (fn instanceof org.nd4j.linalg.activations.impl.ActivationReLU relu && zeroOrNull(relu.getMax() == null ? null : Double.NaN)
                    && zeroOrNull(relu.getThreshold()) && zeroOrNull(relu.getNegativeSlope())) {
                alpha = 0;
            } else if (fn instanceof org.nd4j.linalg.activations.impl.ActivationLReLU lrelu && lrelu.getAlpha() > 0
                    && lrelu.getAlpha() < 1) {
                alpha = lrelu.getAlpha();
            } else if (fn instanceof org.nd4j.linalg.activations.impl.ActivationTanH) {
                alpha = Double.NaN;
            } else {
                throw new IllegalArgumentException("activation: expected ReLU, LeakyReLU(0 < α < 1) or tanh, got " + fn);
            }
        }


        private static boolean zeroOrNull(Double d) {
            return d == null || d == 0.0;
        }

        /** Buffers by number of rows, the size {@link #ensure} switches on. */
        @Override
        void allocate(int rows, DataType type) {
            dx = null;
            scratch = null;
        }

        @Override
        Object[] save() {
            return new Object[] {dx, scratch};
        }

        @Override
        void restore(Object[] state) {
            dx = (INDArray) state[0];
            scratch = (INDArray) state[1];
        }

        @Override
        INDArray forward(INDArray x, int n, int segments) {
            y = x; // the previous op's output is not read again
            ensure(Math.toIntExact(x.size(0)), x.dataType());
            if (scratch == null) {
                scratch = Nd4j.create(x.dataType(), x.shape());
                dx = Nd4j.create(x.dataType(), x.shape());
            }
            if (Double.isNaN(alpha)) {
                Transforms.tanh(y, false);
            } else if (alpha == 0) {
                Transforms.relu(y, false);
            } else {
                // max(x, αx) for 0 < α < 1: two plain element-wise passes, ~6× faster here than ND4J's leakyrelu
                Transforms.max(y, scratch.assign(y).muli(alpha), false);
            }
            return y;
        }

        @Override
        INDArray backward(INDArray dy, int n, int segments, boolean paramGradients, boolean inputGradient) {
            if (!inputGradient) {
                return null;
            }
            if (Double.isNaN(alpha)) {
                dx.assign(y).muli(y).rsubi(1.0).muli(dy);
            } else if (alpha == 0) {
                // not lrelu_bp with α = 0: it passes the gradient where the input is exactly 0, and a ReLU's
                // output is exactly 0 wherever its input was negative
                Transforms.step(dx.assign(y), false).muli(dy);
            } else {
                // dy · (1 − (1 − α)·[y < 0]), ~4× faster here than ND4J's lrelu_bp; like lrelu_bp (and DL4J) it
                // takes the slope 1 at exactly 0, which happens: D's first convolution of an all-zero patch of G(z)
                Transforms.step(dx.assign(y).negi(), false).muli(alpha - 1).addi(1.0).muli(dy);
            }
            return dx;
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The parameters of layer i, keyed without the "i_" prefix. */
    private static Map<String, INDArray> select(Map<String, INDArray> all, int layer) {
        Map<String, INDArray> out = new HashMap<>();
        String prefix = layer + "_";
        for (Map.Entry<String, INDArray> e : all.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }

    /** Views into the network's flattened gradient with the same offsets, shapes and orders as its parameters. */
    static Map<String, INDArray> gradientViews(MultiLayerNetwork net) {
        INDArray params = net.params();
        INDArray grads = net.getFlattenedGradients();
        Map<String, INDArray> out = new HashMap<>();
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            INDArray p = e.getValue();
            long offset = p.offset() - params.offset();
            out.put(e.getKey(), Nd4j.create(grads.data(), p.shape(), p.stride(), grads.offset() + offset,
                    p.ordering()));
        }
        return out;
    }
}
