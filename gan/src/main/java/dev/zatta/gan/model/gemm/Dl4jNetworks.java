package dev.zatta.gan.model.gemm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds a {@link GemmNetwork} from a DL4J {@link MultiLayerNetwork}: the one place that knows DL4J's
 * internals the channels-last engine relies on —
 * <ul>
 *   <li>the parameter keys ({@code "3_W"}, {@code "3_b"}, {@code "1_gamma"}, {@code "1_beta"},
 *       {@code "1_mean"}, {@code "1_var"}: layer index, underscore, name);</li>
 *   <li>the flattened gradient: one array with the same offsets, shapes and orders as the flattened
 *       parameters, wrapped in a {@link DefaultGradient} so that the network's updater takes its standard
 *       path;</li>
 *   <li>batch normalization's running statistics, which DL4J updates through that gradient: the entries of
 *       mean and variance hold (1 − decay)·(running − batch), summed over the step's batches, and the updater
 *       subtracts them unscaled, so running ← decay·running + (1 − decay)·batch;</li>
 *   <li>which layer configurations and preprocessors the ops reproduce: {@link DenseLayer},
 *       {@link ConvolutionLayer} and {@link Deconvolution2D} with stride = kernel (square, no dilation,
 *       Truncate mode, with a bias), {@link BatchNormalization} (variance parameterisation, trainable γ and
 *       β), {@link ActivationLayer} and a layer's own activation (ReLU, LeakyReLU, tanh), and the two CNN ↔
 *       dense preprocessors. Anything else is refused, naming the layer.</li>
 * </ul>
 * Stateless.
 */
public final class Dl4jNetworks {
    private Dl4jNetworks() {}

    /**
     * The channels-last passes of {@code net}, which reads the network's parameters and writes its gradient
     * live.
     *
     * @param input what one input example looks like: {@link Shape.Flat} for [n, features], {@link Shape.Grid}
     *              for NCHW images
     * @throws IllegalArgumentException naming the layer, if a layer is of a kind or setting the ops do not
     *                                  reproduce
     */
    public static GemmNetwork build(MultiLayerNetwork net, Shape input) {
        DataType type = net.params().dataType();
        if (net.getFlattenedGradients() == null) {
            net.initGradientsView();
        }
        Map<String, INDArray> grads = gradientViews(net);
        Gradient gradient = new DefaultGradient(net.getFlattenedGradients());
        grads.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> gradient.setGradientFor(e.getKey(), e.getValue()));
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        List<ChannelsLastOp> ops = new ArrayList<>();
        Shape shape = input;
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer layer = net.getLayer(i).conf().getLayer();
            LayerParams params = new LayerParams(net.paramTable(), grads, i);
            InputPreProcessor next = i + 1 < net.getnLayers() ? conf.getInputPreProcess(i + 1) : null;
            try {
                shape = add(ops, layer, conf.getInputPreProcess(i), next, shape, params, type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer " + i + " (" + layer.getClass().getSimpleName() + " \""
                        + layer.getLayerName() + "\"): " + e.getMessage(), e);
            }
        }
        return new GemmNetwork(ops, input, shape, type, gradient);
    }

    /** The parameters of one layer, keyed by DL4J's names without the layer prefix. */
    private record LayerParams(Map<String, INDArray> params, Map<String, INDArray> grads, int layer) {
        Param get(String name) {
            String key = layer + "_" + name;
            if (!params.containsKey(key)) {
                throw new IllegalArgumentException("expected a parameter " + key + ", got " + params.keySet());
            }
            return new Param(key, params.get(key), grads.get(key));
        }
    }

    /** Appends the ops of one layer; returns the shape of its output. */
    private static Shape add(List<ChannelsLastOp> ops, Layer layer, InputPreProcessor pre, InputPreProcessor next,
            Shape shape, LayerParams params, DataType type) {
        if (layer instanceof DenseLayer dense) {
            Shape in = pre instanceof CnnToFeedForwardPreProcessor cnn ? new Shape.Grid((int) cnn.getInputHeight(),
                    (int) cnn.getInputWidth(), (int) cnn.getNumChannels()) : shape;
            Shape out = next instanceof FeedForwardToCnnPreProcessor ff ? new Shape.Grid((int) ff.getInputHeight(),
                    (int) ff.getInputWidth(), (int) ff.getNumChannels()) : new Shape.Flat((int) dense.getNOut());
            long inSize = in.rows(1) * in.columns();
            long outSize = out.rows(1) * out.columns();
            if (dense.getNIn() != inSize || dense.getNOut() != outSize) {
                throw new IllegalArgumentException("expected nIn = " + inSize + " and nOut = " + outSize
                        + " (the input " + in + " and output " + out + "), got nIn = " + dense.getNIn()
                        + " and nOut = " + dense.getNOut());
            }
            ops.add(new Dense(in, out, params.get("W"), params.get("b")));
            return addOwnActivation(ops, dense, out, type);
        }
        if (layer instanceof ConvolutionLayer conv) {
            StrideKernel geometry = geometry(conv, shape);
            ops.add(geometry.k() == 2 ? new GroupedConv(geometry, params.get("W"), params.get("b"))
                    : new TapConv(geometry, params.get("W"), params.get("b")));
            return addOwnActivation(ops, conv, geometry.out(), type);
        }
        if (layer instanceof BatchNormalization bn) {
            if (bn.isUseLogStd() || bn.isLockGammaBeta()) {
                throw new IllegalArgumentException("expected useLogStd(false) and trainable gamma and beta, got "
                        + "useLogStd(" + bn.isUseLogStd() + ") and lockGammaBeta(" + bn.isLockGammaBeta() + ")");
            }
            ops.add(new BatchNorm(shape, bn.getEps(), params.get("gamma"), params.get("beta"),
                    new Dl4jRunningStatistics(params.get("mean"), params.get("var"), bn.getDecay())));
            return shape;
        }
        if (layer instanceof ActivationLayer act) {
            ops.add(activation(act.getActivationFn(), shape, type));
            return shape;
        }
        throw new IllegalArgumentException("not supported by the channels-last engine; expected DenseLayer, "
                + "ConvolutionLayer or Deconvolution2D with stride = kernel, BatchNormalization or ActivationLayer");
    }

    private static StrideKernel geometry(ConvolutionLayer conv, Shape shape) {
        int[] kernel = conv.getKernelSize();
        int[] stride = conv.getStride();
        int[] pad = conv.getPadding();
        int[] dil = conv.getDilation();
        if (kernel[0] != kernel[1] || stride[0] != kernel[0] || stride[1] != kernel[1] || pad[0] != pad[1]
                || dil[0] != 1 || dil[1] != 1 || conv.getConvolutionMode() != ConvolutionMode.Truncate
                || !conv.hasBias()) {
            throw new IllegalArgumentException("expected a square kernel with stride = kernel, equal padding, no "
                    + "dilation, Truncate mode and a bias, got kernel " + pair(kernel) + ", stride " + pair(stride)
                    + ", padding " + pair(pad) + ", dilation " + pair(dil) + ", mode " + conv.getConvolutionMode()
                    + (conv.hasBias() ? "" : ", no bias"));
        }
        if (!(shape instanceof Shape.Grid grid)) {
            throw new IllegalArgumentException("expected an image input, got " + shape);
        }
        if (conv.getNIn() != grid.channels()) {
            throw new IllegalArgumentException("expected nIn = " + grid.channels() + " (the input's channels), got "
                    + conv.getNIn());
        }
        return StrideKernel.of(conv instanceof Deconvolution2D, kernel[0], pad[0], grid, (int) conv.getNOut());
    }

    private static String pair(int[] v) {
        return v[0] + "x" + v[1];
    }

    private static Shape addOwnActivation(List<ChannelsLastOp> ops, BaseLayer layer, Shape out, DataType type) {
        if (!(layer.getActivationFn() instanceof ActivationIdentity)) {
            ops.add(activation(layer.getActivationFn(), out, type));
        }
        return out;
    }

    private static ChannelsLastOp activation(IActivation fn, Shape shape, DataType type) {
        if (fn instanceof ActivationReLU relu && relu.getMax() == null && zeroOrNull(relu.getThreshold())
                && zeroOrNull(relu.getNegativeSlope())) {
            return new Relu(shape, type);
        }
        if (fn instanceof ActivationLReLU lrelu) {
            return new LeakyRelu(shape, type, lrelu.getAlpha());
        }
        if (fn instanceof ActivationTanH) {
            return new Tanh(shape, type);
        }
        throw new IllegalArgumentException("expected the activation ReLU (plain), LeakyReLU or tanh, got " + fn);
    }

    private static boolean zeroOrNull(Double d) {
        return d == null || d == 0.0;
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

    /**
     * DL4J's running-average update of batch normalization: the "gradient" (1 − decay)·(running − batch) in
     * the mean and variance entries of the flattened gradient, summed over the step's batches, which the
     * updater subtracts unscaled.
     */
    private static final class Dl4jRunningStatistics implements BatchNorm.RunningStatistics {
        private final Param mean;
        private final Param var;
        private final double decay;
        private final INDArray runMean;
        private final INDArray runVar;
        private final INDArray gMean;
        private final INDArray gVar;
        private final INDArray scratch;

        Dl4jRunningStatistics(Param mean, Param var, double decay) {
            this.mean = mean;
            this.var = var;
            this.decay = decay;
            long c = mean.value().length();
            this.runMean = mean.value().reshape(1, c);
            this.runVar = var.value().reshape(1, c);
            DataType type = runMean.dataType();
            this.gMean = Nd4j.create(type, 1, c);
            this.gVar = Nd4j.create(type, 1, c);
            this.scratch = Nd4j.create(type, 1, c);
        }

        @Override
        public void zero() {
            gMean.assign(0);
            gVar.assign(0);
        }

        @Override
        public void add(INDArray batchMean, INDArray batchVariance) {
            gMean.addi(scratch.assign(runMean).subi(batchMean).muli(1 - decay));
            gVar.addi(scratch.assign(runVar).subi(batchVariance).muli(1 - decay));
        }

        @Override
        public void push() {
            mean.gradient().reshape(gMean.shape()).assign(gMean);
            var.gradient().reshape(gVar.shape()).assign(gVar);
        }
    }
}
