package dev.zatta.gan.model;

import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The blog's DCGAN: a generator G and a discriminator D, each a DL4J {@link MultiLayerNetwork} with its own
 * Adam updater, and the count of training steps taken (Adam's iteration counter). It is trained by a
 * {@link TrainingStep} ({@link Engine#stepFor}), and draws samples and D's verdicts in inference mode —
 * the samples from a {@link GeneratorAverage} of G's weights when it keeps one.
 *
 * <p>Randomness: the initial weights are drawn from N(0, 0.02²) (DCGAN's initialisation) by a
 * {@link java.util.Random} seeded with the given seed; biases and BN shifts are 0, BN scales 1. DL4J's own
 * initialisation is bypassed (it would reseed ND4J's global RNG), and no layer uses randomness afterwards,
 * so a run owns all of its random state.
 *
 * <p>Not thread-safe: a model is used by one thread at a time.
 */
public final class Dcgan {
    private final Architecture architecture;
    private final double learningRate;
    private final double beta1;
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final GeneratorAverage average;
    private long steps;

    private Dcgan(Architecture architecture, double learningRate, double beta1,
            MultiLayerNetwork generator, MultiLayerNetwork discriminator, GeneratorAverage average, long steps) {
        this.architecture = architecture;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.generator = generator;
        this.discriminator = discriminator;
        this.average = average;
        this.steps = steps;
    }

    /** A freshly initialised model in single precision; the same seed gives the same weights. */
    public static Dcgan create(Architecture architecture, double learningRate, double beta1, long seed) {
        return create(architecture, learningRate, beta1, seed, DataType.FLOAT);
    }

    /** A freshly initialised model with parameters of {@code dataType} (DOUBLE for gradient checks). */
    public static Dcgan create(Architecture architecture, double learningRate, double beta1, long seed,
            DataType dataType) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate: expected a positive number, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1: expected a number in [0, 1), got " + beta1);
        }
        Random rng = new Random(seed);
        MultiLayerNetwork g = initialise(architecture.generator(learningRate, beta1, dataType), rng);
        MultiLayerNetwork d = initialise(architecture.discriminator(learningRate, beta1, dataType), rng);
        return new Dcgan(architecture, learningRate, beta1, g, d, null, 0);
    }

    /** A model from restored networks without a generator average (the checkpoint reader's factory). */
    public static Dcgan restore(Architecture architecture, double learningRate, double beta1,
            MultiLayerNetwork generator, MultiLayerNetwork discriminator, long steps) {
        return restore(architecture, learningRate, beta1, generator, discriminator, null, steps);
    }

    /**
     * A model from restored networks and, unless {@code average} is null, the restored average of its
     * generator's weights, which then draws the samples.
     */
    public static Dcgan restore(Architecture architecture, double learningRate, double beta1,
            MultiLayerNetwork generator, MultiLayerNetwork discriminator, GeneratorAverage average, long steps) {
        return new Dcgan(architecture, learningRate, beta1, generator, discriminator, average, steps);
    }

    /**
     * This model's networks (shared, not copied) with an average of the generator's weights that starts at
     * their current values and follows every training step from now on; the average draws the samples. A
     * decay of 0 gives this model back unchanged. Use the returned model in place of this one.
     */
    public Dcgan withGeneratorAverage(double decay) {
        GeneratorAverage.checkDecay(decay);
        return decay == 0 ? this : new Dcgan(architecture, learningRate, beta1, generator, discriminator,
                GeneratorAverage.of(generator, decay), steps);
    }

    static MultiLayerNetwork initialise(MultiLayerConfiguration conf, Random rng) {
        long n = 0;
        for (NeuralNetConfiguration c : conf.getConfs()) {
            n += c.getLayer().initializer().numParams(c);
        }
        INDArray flat = Nd4j.zeros(conf.getDataType(), 1, n);
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init(flat, false); // our parameters: DL4J does not initialise them and leaves Nd4j.getRandom() alone
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            String key = e.getKey().substring(e.getKey().indexOf('_') + 1);
            INDArray view = e.getValue();
            switch (key) {
                case "W" -> {
                    float[] w = new float[Math.toIntExact(view.length())];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = (float) (0.02 * rng.nextGaussian());
                    }
                    view.assign(Nd4j.createFromArray(w).reshape(view.shape()).castTo(view.dataType()));
                }
                case "gamma", "var" -> view.assign(1.0);
                case "b", "beta", "mean", "log10stdev" -> view.assign(0.0);
                default -> throw new IllegalStateException("unexpected parameter " + e.getKey());
            }
        }
        return net;
    }

    /** The batch size of a step's inputs, which must agree. */
    static int checkBatch(INDArray real, INDArray z) {
        int n = Math.toIntExact(real.size(0));
        if (z.size(0) != n) {
            throw new IllegalArgumentException("z: expected " + n + " rows (the batch size), got " + z.size(0));
        }
        return n;
    }

    /**
     * Adam through the network's own updater, at this step's iteration: it divides the summed gradient by the
     * batch size and turns it into the step, which is then subtracted from the parameters.
     */
    void update(MultiLayerNetwork net, Gradient gradient, int batchSize) {
        net.getUpdater().update(net, gradient, Math.toIntExact(steps), 0, batchSize, LayerWorkspaceMgr.noWorkspaces());
        net.params().subi(gradient.gradient());
    }

    /** Counts a finished training step (both networks updated) and folds G's new weights into the average. */
    void stepTaken() {
        steps++;
        if (average != null) {
            average.update(generator, steps);
        }
    }

    /**
     * The generator's images in inference mode (BN running averages), pixels in [−1, 1]; drawn by the
     * {@link #generatorAverage() average} of its weights when the model keeps one.
     *
     * @param z latent vectors, shape [n, zDim]
     * @return shape [n, 1, 28, 28]
     */
    public INDArray generate(INDArray z) {
        return generate(z, null);
    }

    /**
     * A conditional generator's images of the given classes in inference mode (for an unconditional model
     * {@code labels} is null), pixels in [−1, 1]; drawn by the average of its weights when the model keeps one.
     *
     * @param z      latent vectors, shape [n, zDim]
     * @param labels the class of each image, 0..K−1
     * @return shape [n, 1, 28, 28]
     */
    public INDArray generate(INDArray z, int[] labels) {
        return sampler().output(architecture.generatorInput(z, labels), false);
    }

    /**
     * D's P(real) of each image, inference mode: for a conditional model P(not fake), the sum of the digit
     * classes. Images shape [n, 1, 28, 28], pixels in [−1, 1].
     */
    public double[] pReal(INDArray images) {
        return architecture.loss().pReal(discriminator.output(images, false));
    }

    /** A conditional D's probability that each image is a real image of class {@code labels[i]}, inference mode. */
    public double[] pClass(INDArray images, int[] labels) {
        if (!architecture.conditional()) {
            throw new IllegalStateException("pClass: expected a conditional model");
        }
        return architecture.loss().pClass(discriminator.output(images, false), labels);
    }

    public Architecture architecture() {
        return architecture;
    }

    public double learningRate() {
        return learningRate;
    }

    public double beta1() {
        return beta1;
    }

    /** Training steps taken so far (Adam's iteration counter). */
    public long steps() {
        return steps;
    }

    /** The generator network (live, not a copy). */
    public MultiLayerNetwork generator() {
        return generator;
    }

    /** The average of the generator's weights, or {@code null} when the model keeps none. */
    public GeneratorAverage generatorAverage() {
        return average;
    }

    /** The network that draws the samples: the averaged generator if there is one, else the generator. */
    public MultiLayerNetwork sampler() {
        return average == null ? generator : average.network();
    }

    /** The discriminator network (live, not a copy). */
    public MultiLayerNetwork discriminator() {
        return discriminator;
    }
}
