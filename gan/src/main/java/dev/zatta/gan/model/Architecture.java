package dev.zatta.gan.model;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The blog's DCGAN architecture, immutable.
 *
 * <p>Generator (z ~ U(−1, 1)<sup>zDim</sup>; a {@link #conditional()} generator gets z concatenated with the
 * one-hot code of the digit it should draw, zDim + K inputs):
 * <pre>
 * Linear(zDim [+ K] → 3·3·8w) → reshape (8w, 3, 3) → BN → ReLU
 * Deconv(8w → 4w, k2, s2, p1)  3 → 4   → BN → ReLU
 * Deconv(4w → 2w, k2, s2, p1)  4 → 6   → BN → ReLU
 * Deconv(2w →  w, k2, s2, p1)  6 → 10  → BN → ReLU
 * Deconv( w →  1, k3, s3, p1) 10 → 28  → tanh
 * </pre>
 * with w = {@link #width()} (64 in the blog, so 512/256/128/64 channels) and a transposed
 * convolution's output size s·(in − 1) + k − 2p. The blog has no output activation; we use tanh and
 * scale the pixels from [0, 1] to [−1, 1]: the output is bounded like the data, zero-centred like the
 * discriminator's other inputs, and symmetric around the mid-grey at which a fresh generator starts
 * (Radford et al. 2016, §3).
 *
 * <p>Discriminator, the mirror: Conv(1 → w, k3, s3, p1) 28 → 10 → LeakyReLU(0.2), then
 * Conv(w → 2w, k2, s2, p1) 10 → 6, Conv(2w → 4w) 6 → 4, Conv(4w → 8w) 4 → 3, each → BN → LeakyReLU(0.2),
 * then Linear(3·3·8w → {@link #logits()}): {@link LossKind#logits()} for an unconditional model, K + 1 for a
 * conditional one (the classes 0..K−1, then FAKE: the discriminator of Salimans et al. 2016, §5). No batch
 * normalization on the first layer, as in DCGAN.
 *
 * <p>Neither network has a DL4J output layer: the loss is {@link LossKind}, and the gradients flow through
 * {@code backpropGradient} with external errors.
 *
 * @param zDim    dimension of the latent vector z (100)
 * @param width   channels of the generator's last hidden layer (64); the others are 2, 4 and 8 times that
 * @param loss    which loss, which fixes an unconditional D's number of logits
 * @param classes 0 for the blog's unconditional model; K ≥ 2 for a class-conditional one (K = 10 digits), which
 *                needs the softmax loss
 */
public record Architecture(int zDim, int width, LossKind loss, int classes) {
    /** The blog's latent dimension. */
    public static final int BLOG_Z_DIM = 100;
    /** The blog's width: 512/256/128/64 channels. */
    public static final int BLOG_WIDTH = 64;

    /** The blog's sizes: z of dimension 100, 512/256/128/64 channels. */
    public static Architecture blog(LossKind loss) {
        return new Architecture(BLOG_Z_DIM, BLOG_WIDTH, loss);
    }

    /** The blog's sizes, class-conditional on the ten digits. */
    public static Architecture blogConditional() {
        return new Architecture(BLOG_Z_DIM, BLOG_WIDTH, LossKind.SOFTMAX, DIGITS);
    }

    /** The number of classes of a conditional model on MNIST: the ten digits. */
    public static final int DIGITS = 10;

    /** An unconditional model. */
    public Architecture(int zDim, int width, LossKind loss) {
        this(zDim, width, loss, 0);
    }

    public Architecture {
        if (zDim < 1) {
            throw new IllegalArgumentException("zDim: expected >= 1, got " + zDim);
        }
        if (width < 1) {
            throw new IllegalArgumentException("width: expected >= 1, got " + width);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss: expected softmax or sigmoid, got null");
        }
        if (classes < 0 || classes == 1) {
            throw new IllegalArgumentException("classes: expected 0 (unconditional) or >= 2, got " + classes);
        }
        if (classes > 0 && loss != LossKind.SOFTMAX) {
            throw new IllegalArgumentException(CONDITIONAL_NEEDS_SOFTMAX + loss.option());
        }
    }

    /** The message that refuses a conditional model with another loss than softmax, up to the loss's name. */
    public static final String CONDITIONAL_NEEDS_SOFTMAX = "loss: a conditional model's discriminator is a softmax"
            + " over the classes and fake (K + 1 classes, Salimans et al. 2016), so it needs softmax, got ";

    /** Whether G draws a given class and D tells the classes and fake apart. */
    public boolean conditional() {
        return classes > 0;
    }

    /** The generator's input width: zDim, plus K for the one-hot class of a conditional model. */
    public int generatorInputs() {
        return zDim + classes;
    }

    /** D's number of logits: {@link LossKind#logits()}, or K + 1 for a conditional model. */
    public int logits() {
        return conditional() ? classes + 1 : loss.logits();
    }

    /** The softmax class D should give real images of these classes (unconditional: {@link Label#REAL}). */
    public int[] realClasses(int[] labels, int n) {
        if (!conditional()) {
            int[] c = new int[n];
            Arrays.fill(c, Label.REAL.index());
            return c;
        }
        checkLabels(labels, n);
        return labels.clone();
    }

    /** The class D should give generated images: {@link Label#FAKE}, or K (the last) for a conditional model. */
    public int[] fakeClasses(int n) {
        int[] c = new int[n];
        Arrays.fill(c, conditional() ? classes : Label.FAKE.index());
        return c;
    }

    /**
     * The generator's input: z, and for a conditional model z with the one-hot rows of {@code labels} appended,
     * [n, zDim + K].
     *
     * @param labels the class of each row, 0..K−1; null for an unconditional model
     */
    public INDArray generatorInput(INDArray z, int[] labels) {
        if (z.rank() != 2 || z.size(1) != zDim) {
            throw new IllegalArgumentException("z: expected shape [n, " + zDim + "], got "
                    + Arrays.toString(z.shape()));
        }
        if (!conditional()) {
            if (labels != null) {
                throw new IllegalArgumentException("labels: expected none for an unconditional model, got "
                        + labels.length);
            }
            return z;
        }
        int n = Math.toIntExact(z.size(0));
        checkLabels(labels, n);
        INDArray x = Nd4j.zeros(z.dataType(), n,
                generatorInputs());
        x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, zDim))
                .assign(z);
        for (int i = 0; i < n; i++) {
            x.putScalar(i, zDim + labels[i], 1.0);
        }
        return x;
    }

    private void checkLabels(int[] labels, int n) {
        if (labels == null || labels.length != n) {
            throw new IllegalArgumentException("labels: expected " + n + " class labels for a conditional model, got "
                    + (labels == null ? "none" : Integer.toString(labels.length)));
        }
        for (int l : labels) {
            if (l < 0 || l >= classes) {
                throw new IllegalArgumentException("labels: expected classes 0.." + (classes - 1) + ", got " + l);
            }
        }
    }

    /**
     * DL4J's own seed, which nothing here uses ({@link Dcgan} draws the initial weights itself and no layer is
     * random); fixed because DL4J's default is the clock, which would make every checkpoint's configuration
     * JSON, and so its bytes, differ.
     */
    private static final long UNUSED_SEED = 0;

    /** Image side (28) and the generator's first spatial size (3). */
    public static final int SIDE = 28;
    static final int FIRST = 3;

    /** The generator's configuration, trained by {@link Dcgan} with Adam(lr, β1). */
    public MultiLayerConfiguration generator(double learningRate, double beta1, DataType dataType) {
        int c0 = 8 * width;
        return new NeuralNetConfiguration.Builder()
                .seed(UNUSED_SEED)
                .dataType(dataType)
                .updater(new Adam(learningRate, beta1, 0.999, 1e-8))
                .convolutionMode(ConvolutionMode.Truncate)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list()
                .layer(new DenseLayer.Builder().nIn(generatorInputs()).nOut(FIRST * FIRST * c0)
                        .activation(Activation.IDENTITY).build())
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(c0).build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(deconv(c0, 4 * width, 2, 2, 1, Activation.IDENTITY))
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(4 * width).build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(deconv(4 * width, 2 * width, 2, 2, 1, Activation.IDENTITY))
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(2 * width).build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(deconv(2 * width, width, 2, 2, 1, Activation.IDENTITY))
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(width).build())
                .layer(new ActivationLayer(Activation.RELU))
                .layer(deconv(width, 1, 3, 3, 1, Activation.TANH))
                .inputPreProcessor(1, new FeedForwardToCnnPreProcessor(FIRST, FIRST, c0))
                .build();
    }

    /** The discriminator's configuration. */
    public MultiLayerConfiguration discriminator(double learningRate, double beta1, DataType dataType) {
        return new NeuralNetConfiguration.Builder()
                .seed(UNUSED_SEED)
                .dataType(dataType)
                .updater(new Adam(learningRate, beta1, 0.999, 1e-8))
                .convolutionMode(ConvolutionMode.Truncate)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list()
                .layer(conv(1, width, 3, 3, 1))
                .layer(new ActivationLayer(new ActivationLReLU(0.2)))
                .layer(conv(width, 2 * width, 2, 2, 1))
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(2 * width).build())
                .layer(new ActivationLayer(new ActivationLReLU(0.2)))
                .layer(conv(2 * width, 4 * width, 2, 2, 1))
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(4 * width).build())
                .layer(new ActivationLayer(new ActivationLReLU(0.2)))
                .layer(conv(4 * width, 8 * width, 2, 2, 1))
                .layer(new BatchNormalization.Builder().useLogStd(false).nOut(8 * width).build())
                .layer(new ActivationLayer(new ActivationLReLU(0.2)))
                .layer(new DenseLayer.Builder().nIn(FIRST * FIRST * 8 * width).nOut(logits())
                        .activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutional(SIDE, SIDE, 1))
                .build();
    }

    private static Deconvolution2D deconv(int in, int out, int k, int s, int p, Activation act) {
        return new Deconvolution2D.Builder(k, k).stride(s, s).padding(p, p).nIn(in).nOut(out)
                .activation(act).build();
    }

    private static ConvolutionLayer conv(int in, int out, int k, int s, int p) {
        return new ConvolutionLayer.Builder(k, k).stride(s, s).padding(p, p).nIn(in).nOut(out)
                .activation(Activation.IDENTITY).build();
    }
}
