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
 * <p>Why it is faster. Every convolution of the blog's DCGAN has its stride equal to its kernel size, so the
 * kernel windows do not overlap: each pixel of the larger grid belongs to exactly one (pixel of the smaller
 * grid, kernel tap) pair. For one tap (a, b) the pairs form a rectangle of the small grid and a stride-k
 * lattice of the large grid, and the layer is, per tap, one product
 * {@code [pixels × C_in] · W_ab [C_in × C_out]} on channels-last rows. Padding and cropping simply shrink the
 * rectangles, so no product touches a padded zero or a cropped pixel: the blog's layers spend 30–56% of
 * im2col's multiply-adds there (the 4 → 3 convolution and 3 → 4 transposed convolution most). Batch
 * normalization's per-channel sums are products with a row of ones.
 *
 * <p>Supported layers, those of {@link Architecture}: {@link DenseLayer}, {@link ConvolutionLayer} and
 * {@link Deconvolution2D} with stride = kernel, equal in both directions, {@code ConvolutionMode.Truncate},
 * no dilation; {@link org.deeplearning4j.nn.conf.layers.BatchNormalization} (variance parameterisation);
 * {@link ActivationLayer}; the two CNN ↔ dense preprocessors. Not thread-safe.
 */
final class GemmNetwork {
    private final MultiLayerNetwork net;
    private final List<Op> ops = new ArrayList<>();
    private final DataType dataType;
    private final int inH;
    private final int inW;
    private final int inC;
    private final int outH;
    private final int outW;
    private final int outC;

    /**
     * @param net        the network; its parameters and gradient views are used live
     * @param inputShape the input's {height, width, channels}, or {0, 0, features} for a dense input
     */
    GemmNetwork(MultiLayerNetwork net, int[] inputShape) {
        this.net = net;
        this.dataType = net.params().dataType();
        if (net.getFlattenedGradients() == null) {
            net.initGradientsView();
        }
        Map<String, INDArray> params = net.paramTable();
        Map<String, INDArray> grads = gradientViews(net);
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
                boolean transposed = conf instanceof Deconvolution2D;
                TapConv op = new TapConv(conv, transposed, h, w, p.get("W"), p.get("b"), g.get("W"), g.get("b"));
                ops.add(op);
                h = op.outH;
                w = op.outW;
                c = op.cout;
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
     * @param input [n, features] for a dense input, or [n, channels, height, width] (NCHW, as DL4J)
     * @return [n, features], or [n, channels, height, width]
     */
    INDArray forward(INDArray input) {
        int n = Math.toIntExact(input.size(0));
        INDArray x;
        if (inH == 0) {
            x = input.castTo(dataType);
        } else {
            x = input.castTo(dataType).permute(0, 2, 3, 1).dup('c').reshape(n * (long) inH * inW, inC);
        }
        for (Op op : ops) {
            x = op.forward(x, n);
        }
        if (outH == 0) {
            return x;
        }
        return x.reshape(n, outH, outW, outC).permute(0, 3, 1, 2).dup('c');
    }

    /**
     * Backward pass of the last {@link #forward}: gradient of the loss with respect to the output in, gradient
     * with respect to the input out (or null).
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
            d = outputGradient.castTo(dataType).permute(0, 2, 3, 1).dup('c').reshape(n * (long) outH * outW, outC);
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            d = ops.get(i).backward(d, n, paramGradients, i > 0 || inputGradient);
        }
        if (!inputGradient) {
            return null;
        }
        if (inH == 0) {
            return d;
        }
        return d.reshape(n, inH, inW, inC).permute(0, 3, 1, 2).dup('c');
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One step of the network on channels-last rows: a [rows, channels] matrix. */
    private abstract static class Op {
        abstract INDArray forward(INDArray x, int n);

        /** Returns the input gradient, or null when {@code inputGradient} is false. */
        abstract INDArray backward(INDArray dy, int n, boolean paramGradients, boolean inputGradient);

        void refresh() {}

        void zero() {}

        void export() {}
    }

    private static final Map<String, INDArray> ONES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Column sums of a [rows, c] matrix as a [1, c] row: a product with a row of ones. */
    static INDArray columnSums(INDArray x) {
        long rows = x.size(0);
        INDArray ones = ONES.computeIfAbsent(rows + " " + x.dataType(), key -> Nd4j.ones(x.dataType(), 1, rows));
        INDArray out = Nd4j.createUninitialized(x.dataType(), 1, x.size(1));
        return Nd4j.gemm(ones, x, out, false, false, 1.0, 0.0);
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
        private INDArray w;
        private INDArray b;
        private INDArray gw;
        private INDArray gb;
        private INDArray input;

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
        }

        /** DL4J's [nIn, nOut] weights with channel-major rows/columns → channels-last rows/columns. */
        private INDArray toChannelsLast(INDArray dl4j) {
            INDArray m = dl4j;
            if (from != null) {
                m = m.dup('c').reshape(from[2], from[0], from[1], nOut).permute(1, 2, 0, 3).dup('c')
                        .reshape(nIn, nOut);
            }
            if (to != null) {
                m = m.dup('c').reshape(nIn, to[2], to[0], to[1]).permute(0, 2, 3, 1).dup('c').reshape(nIn, nOut);
            }
            return m.dup('c');
        }

        private INDArray toDl4j(INDArray channelsLast) {
            INDArray m = channelsLast;
            if (to != null) {
                m = m.reshape(nIn, to[0], to[1], to[2]).permute(0, 3, 1, 2).dup('c').reshape(nIn, nOut);
            }
            if (from != null) {
                m = m.reshape(from[0], from[1], from[2], nOut).permute(2, 0, 1, 3).dup('c').reshape(nIn, nOut);
            }
            return m;
        }

        @Override
        void refresh() {
            w = toChannelsLast(wView);
            b = bView.reshape(1, nOut).dup('c');
            if (to != null) {
                b = b.reshape(1, to[2], to[0], to[1]).permute(0, 2, 3, 1).dup('c').reshape(1, nOut);
            }
        }

        @Override
        void zero() {
            gw = Nd4j.zeros(w.dataType(), nIn, nOut);
            gb = Nd4j.zeros(w.dataType(), 1, nOut);
        }

        @Override
        void export() {
            gwView.assign(toDl4j(gw));
            INDArray bias = gb;
            if (to != null) {
                bias = bias.reshape(1, to[0], to[1], to[2]).permute(0, 3, 1, 2).dup('c').reshape(1, nOut);
            }
            gbView.assign(bias.reshape(gbView.shape()));
        }

        @Override
        INDArray forward(INDArray x, int n) {
            input = x.reshape(n, nIn);
            INDArray y = Nd4j.createUninitialized(w.dataType(), n, nOut);
            Nd4j.gemm(input, w, y, false, false, 1.0, 0.0);
            y.addiRowVector(b);
            return to == null ? y : y.reshape((long) n * to[0] * to[1], to[2]);
        }

        @Override
        INDArray backward(INDArray dy, int n, boolean paramGradients, boolean inputGradient) {
            INDArray d = dy.reshape(n, nOut);
            if (paramGradients) {
                Nd4j.gemm(input, d, gw, true, false, 1.0, 1.0);
                gb.addi(columnSums(d));
            }
            if (!inputGradient) {
                return null;
            }
            INDArray dx = Nd4j.createUninitialized(w.dataType(), n, nIn);
            Nd4j.gemm(d, w, dx, false, true, 1.0, 0.0);
            return from == null ? dx : dx.reshape((long) n * from[0] * from[1], from[2]);
        }
    }

    /**
     * A convolution or transposed convolution with stride = kernel, as one product per kernel tap.
     *
     * <p>Let the small grid be the convolution's output (the transposed convolution's input) and the large grid
     * the other side. Small pixel (i, j) and tap (a, b) meet large pixel (k·i + a − p, k·j + b − p). For each tap
     * the small pixels whose partner lies inside the large grid form a rectangle; their partners form a
     * stride-k lattice. Convolution: small[rect] += large[lattice] · W_ab. Transposed convolution:
     * large[lattice] = small[rect] · W_ab (each large pixel has exactly one partner). The backward passes
     * exchange the roles and use W_abᵀ; W_ab's gradient is (gathered input)ᵀ · (gathered output gradient).
     */
    private static final class TapConv extends Op {
        private final boolean transposed;
        private final int k;
        private final int p;
        private final int cin;
        private final int cout;
        private final int inH;
        private final int inW;
        final int outH;
        final int outW;
        private final int smallH;
        private final int smallW;
        private final int bigH;
        private final int bigW;
        private final int[][] taps; // {a, b, i0, ni, j0, nj}
        private final INDArray wView;
        private final INDArray bView;
        private final INDArray gwView;
        private final INDArray gbView;
        private INDArray[] w;
        private INDArray[] gw;
        private INDArray b;
        private INDArray gb;
        private final INDArray[] gathered;

        TapConv(ConvolutionLayer conf, boolean transposed, int inH, int inW, INDArray wView, INDArray bView,
                INDArray gwView, INDArray gbView) {
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
            this.transposed = transposed;
            this.k = kernel[0];
            this.p = pad[0];
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
            } else {
                outH = (inH + 2 * p - k) / k + 1;
                outW = (inW + 2 * p - k) / k + 1;
                smallH = outH;
                smallW = outW;
                bigH = inH;
                bigW = inW;
            }
            List<int[]> list = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                int[] rows = range(a, p, smallH, bigH);
                for (int bb = 0; bb < k; bb++) {
                    int[] cols = range(bb, p, smallW, bigW);
                    if (rows[1] > 0 && cols[1] > 0) {
                        list.add(new int[] {a, bb, rows[0], rows[1], cols[0], cols[1]});
                    }
                }
            }
            this.taps = list.toArray(new int[0][]);
            this.gathered = new INDArray[taps.length];
            this.wView = wView;
            this.bView = bView;
            this.gwView = gwView;
            this.gbView = gbView;
        }

        /** The small-grid indices i with 0 ≤ k·i + a − p < big, as {first, count}. */
        private int[] range(int a, int p, int small, int big) {
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

        private INDArrayIndex[] smallIndex(int[] t) {
            return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(t[2], t[2] + t[3]),
                    NDArrayIndex.interval(t[4], t[4] + t[5]), NDArrayIndex.all()};
        }

        private INDArrayIndex[] bigIndex(int[] t, int p) {
            int y0 = k * t[2] + t[0] - p;
            int x0 = k * t[4] + t[1] - p;
            return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(y0, k, y0 + k * (t[3] - 1) + 1),
                    NDArrayIndex.interval(x0, k, x0 + k * (t[5] - 1) + 1), NDArrayIndex.all()};
        }

        private int pad() {
            return transposed ? (k * (inH - 1) + k - outH) / 2 : ((outH - 1) * k + k - inH + 1) / 2;
        }

        @Override
        void refresh() {
            // DL4J: convolution [cout, cin, kh, kw], transposed convolution [cin, cout, kh, kw]
            INDArray tapMajor = transposed ? wView.permute(2, 3, 0, 1).dup('c') : wView.permute(2, 3, 1, 0).dup('c');
            w = new INDArray[k * k];
            for (int t = 0; t < k * k; t++) {
                w[t] = tapMajor.reshape((long) k * k, cin, cout).tensorAlongDimension(t, 1, 2).dup('c');
            }
            b = bView.reshape(1, cout).dup('c');
        }

        @Override
        void zero() {
            gw = new INDArray[k * k];
            for (int t = 0; t < k * k; t++) {
                gw[t] = Nd4j.zeros(b.dataType(), cin, cout);
            }
            gb = Nd4j.zeros(b.dataType(), 1, cout);
        }

        @Override
        void export() {
            INDArray tapMajor = Nd4j.stack(0, gw).reshape(k, k, cin, cout);
            gwView.assign(transposed ? tapMajor.permute(2, 3, 0, 1) : tapMajor.permute(3, 2, 0, 1));
            gbView.assign(gb.reshape(gbView.shape()));
        }

        private INDArray wTap(int[] t) {
            return w[t[0] * k + t[1]];
        }

        @Override
        INDArray forward(INDArray x, int n) {
            int p = pad();
            INDArray x4 = x.reshape(n, inH, inW, cin);
            INDArray y = Nd4j.zeros(b.dataType(), (long) n * outH * outW, cout);
            INDArray y4 = y.reshape(n, outH, outW, cout);
            for (int ti = 0; ti < taps.length; ti++) {
                int[] t = taps[ti];
                long m = (long) n * t[3] * t[5];
                INDArray g = x4.get(transposed ? smallIndex(t) : bigIndex(t, p)).dup('c').reshape(m, cin);
                gathered[ti] = g;
                INDArray prod = Nd4j.createUninitialized(b.dataType(), m, cout);
                Nd4j.gemm(g, wTap(t), prod, false, false, 1.0, 0.0);
                INDArray target = y4.get(transposed ? bigIndex(t, p) : smallIndex(t));
                INDArray prod4 = prod.reshape(n, t[3], t[5], cout);
                if (transposed) {
                    target.assign(prod4);
                } else {
                    target.addi(prod4);
                }
            }
            y.addiRowVector(b);
            return y;
        }

        @Override
        INDArray backward(INDArray dy, int n, boolean paramGradients, boolean inputGradient) {
            int p = pad();
            INDArray dy4 = dy.reshape(n, outH, outW, cout);
            INDArray dx = inputGradient ? Nd4j.zeros(b.dataType(), (long) n * inH * inW, cin) : null;
            INDArray dx4 = inputGradient ? dx.reshape(n, inH, inW, cin) : null;
            for (int ti = 0; ti < taps.length; ti++) {
                int[] t = taps[ti];
                long m = (long) n * t[3] * t[5];
                INDArray gy = dy4.get(transposed ? bigIndex(t, p) : smallIndex(t)).dup('c').reshape(m, cout);
                if (paramGradients) {
                    Nd4j.gemm(gathered[ti], gy, gw[t[0] * k + t[1]], true, false, 1.0, 1.0);
                }
                if (inputGradient) {
                    INDArray prod = Nd4j.createUninitialized(b.dataType(), m, cin);
                    Nd4j.gemm(gy, wTap(t), prod, false, true, 1.0, 0.0);
                    INDArray target = dx4.get(transposed ? smallIndex(t) : bigIndex(t, p));
                    INDArray prod4 = prod.reshape(n, t[3], t[5], cin);
                    if (transposed) {
                        target.addi(prod4);
                    } else {
                        target.assign(prod4);
                    }
                }
                gathered[ti] = null;
            }
            if (paramGradients) {
                gb.addi(columnSums(dy));
            }
            return dx;
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
        private INDArray gGamma;
        private INDArray gBeta;
        private INDArray gMean;
        private INDArray gVar;
        private INDArray xHat;
        private INDArray std;
        private INDArray batchMean;
        private INDArray batchVar;

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
        }

        @Override
        void zero() {
            long c = gamma.length();
            gGamma = Nd4j.zeros(gamma.dataType(), 1, c);
            gBeta = Nd4j.zeros(gamma.dataType(), 1, c);
            gMean = Nd4j.zeros(gamma.dataType(), 1, c);
            gVar = Nd4j.zeros(gamma.dataType(), 1, c);
        }

        @Override
        void export() {
            gGammaView.assign(gGamma.reshape(gGammaView.shape()));
            gBetaView.assign(gBeta.reshape(gBetaView.shape()));
            gMeanView.assign(gMean.reshape(gMeanView.shape()));
            gVarView.assign(gVar.reshape(gVarView.shape()));
        }

        @Override
        INDArray forward(INDArray x, int n) {
            double rows = x.size(0);
            batchMean = columnSums(x).divi(rows);
            INDArray xmu = x.subRowVector(batchMean);
            batchVar = columnSums(xmu.mul(xmu)).divi(rows);
            std = Transforms.sqrt(batchVar.add(eps), false);
            xHat = xmu.diviRowVector(std);
            return xHat.mulRowVector(gamma).addiRowVector(beta);
        }

        @Override
        INDArray backward(INDArray dy, int n, boolean paramGradients, boolean inputGradient) {
            double rows = dy.size(0);
            INDArray dBeta = columnSums(dy);
            INDArray dGamma = columnSums(dy.mul(xHat));
            if (paramGradients) {
                gBeta.addi(dBeta);
                gGamma.addi(dGamma);
                gMean.addi(runMean.sub(batchMean).muli(1 - decay));
                gVar.addi(runVar.sub(batchVar).muli(1 - decay));
            }
            if (!inputGradient) {
                return null;
            }
            // dx = γ/σ · (dy − mean(dy) − x̂ · mean(dy · x̂))
            INDArray dx = xHat.muliRowVector(dGamma.divi(-rows)).addi(dy).addiRowVector(dBeta.divi(-rows));
            return dx.muliRowVector(gamma.div(std));
        }
    }

    /** An element-wise activation through DL4J's own {@link IActivation}, so its derivative is DL4J's. */
    private static final class Activation extends Op {
        private final IActivation fn;
        private INDArray input;

        Activation(IActivation fn) {
            this.fn = fn;
        }

        @Override
        INDArray forward(INDArray x, int n) {
            input = x;
            return fn.getActivation(x.dup(), true);
        }

        @Override
        INDArray backward(INDArray dy, int n, boolean paramGradients, boolean inputGradient) {
            if (!inputGradient) {
                return null;
            }
            INDArray dx = fn.backprop(input, dy).getFirst(); // may overwrite the kept input: used once
            input = null;
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
