package dev.zatta.gan.model;

import java.util.List;
import java.util.Random;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The blog's DCGAN: a generator G and a discriminator D, each a DL4J {@link MultiLayerNetwork} with its own
 * Adam updater, trained by explicit gradients.
 *
 * <p>One {@link #step training step} (the alternating update of Goodfellow et al. 2014, Algorithm 1,
 * with one D step per G step, as in the blog and DCGAN):
 * <ol>
 *   <li>fake = G(z) in training mode (batch statistics), keeping G's layer inputs;</li>
 *   <li>D step: the loss of D(real) against {@link Label#REAL} plus that of D(fake) against
 *       {@link Label#FAKE}; the two parameter gradients are added and D's updater applies them once;</li>
 *   <li>G step: the loss of the <i>updated</i> D(fake) against {@link Label#REAL}; D's backward pass gives
 *       the gradient with respect to its input (D's parameters get no gradient and are not changed), and
 *       that input gradient is back-propagated through G as an external error; G's updater applies the
 *       result.</li>
 * </ol>
 * Nothing is frozen by a learning rate of zero and no parameters are copied between networks.
 *
 * <p>Two implementations of the same step: {@link #step} computes the passes itself on channels-last
 * matrices ({@link GemmNetwork}, about 5× faster), {@link #stepWithLayers} through DL4J's own layers
 * ({@code feedForward}/{@code backpropGradient}). Both write DL4J's flattened gradients and apply them with
 * the networks' own Adam updaters, so checkpoints, inference and the label convention are shared.
 * {@code GemmNetworkTest} checks the first against the second; {@code GradientAgreementTest} checks the
 * second's G gradient against one stacked G+D network's ordinary backprop and finite differences.
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
    private GemmNetwork fastGenerator;
    private GemmNetwork fastDiscriminator;
    private long steps;

    private Dcgan(Architecture architecture, double learningRate, double beta1,
            MultiLayerNetwork generator, MultiLayerNetwork discriminator, long steps) {
        this.architecture = architecture;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.generator = generator;
        this.discriminator = discriminator;
        this.steps = steps;
    }

    /** A freshly initialised model; the same seed gives the same weights. */
    public static Dcgan create(Architecture architecture, double learningRate, double beta1, long seed) {
        return create(architecture, learningRate, beta1, seed, DataType.FLOAT);
    }

    static Dcgan create(Architecture architecture, double learningRate, double beta1, long seed,
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
        return new Dcgan(architecture, learningRate, beta1, g, d, 0);
    }

    /** A model from restored networks (the checkpoint reader's factory). */
    public static Dcgan restore(Architecture architecture, double learningRate, double beta1,
            MultiLayerNetwork generator, MultiLayerNetwork discriminator, long steps) {
        return new Dcgan(architecture, learningRate, beta1, generator, discriminator, steps);
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

    /** What one training step measured. Losses are batch means; P(real) values are batch means. */
    public record StepResult(double lossD, double lossG, double dReal, double dFakeBeforeD, double dFake) {
        /** Whether both losses are finite numbers. */
        public boolean finite() {
            return Double.isFinite(lossD) && Double.isFinite(lossG);
        }
    }

    /**
     * One training step on a batch of real images and latent vectors.
     *
     * @param real images, shape [n, 1, 28, 28], pixels in [−1, 1]
     * @param z    latent vectors, shape [n, zDim]
     */
    public StepResult step(INDArray real, INDArray z) {
        int n = checkBatch(real, z);
        int iteration = Math.toIntExact(steps);
        LossKind loss = architecture.loss();
        GemmNetwork g = fastGenerator();
        GemmNetwork d = fastDiscriminator();
        g.refreshWeights();
        d.refreshWeights();

        // 1. fake = G(z), keeping G's intermediate values for step 3
        INDArray fake = g.forward(z);

        // 2. D step: real → REAL, fake → FAKE, one update with the summed gradient. Both batches go through D
        //    together (one product per layer) but are normalised separately, as two passes would be.
        d.zeroGradients();
        INDArray logits = d.forward(real, fake);
        LossKind.Result onReal = loss.evaluate(logits.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()), Label.REAL);
        LossKind.Result onFake = loss.evaluate(logits.get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.all()),
                Label.FAKE);
        d.backward(Nd4j.vstack(onReal.gradient(), onFake.gradient()), true, false);
        d.exportGradients();
        apply(discriminator, d.gradient(), iteration, n);

        // 3. G step: updated D(fake) → REAL; D's input gradient (no parameter gradient) is G's external error
        d.refreshWeights();
        LossKind.Result gLoss = loss.evaluate(d.forward(fake), Label.REAL);
        INDArray dFake = d.backward(gLoss.gradient(), false, true);
        g.zeroGradients();
        g.backward(dFake, true, false);
        g.exportGradients();
        apply(generator, g.gradient(), iteration, n);

        steps++;
        return new StepResult(onReal.loss() + onFake.loss(), gLoss.loss(), onReal.meanPReal(),
                onFake.meanPReal(), gLoss.meanPReal());
    }

    /**
     * The same step through DL4J's own layers ({@code feedForward}/{@code backpropGradient}): the reference
     * that {@link #step} is tested against, and the "layers" line of {@code bench}.
     */
    public StepResult stepWithLayers(INDArray real, INDArray z) {
        int n = checkBatch(real, z);
        int iteration = Math.toIntExact(steps);

        // 1. fake = G(z); G keeps its layer inputs for the backward pass of step 3
        generator.setInput(z);
        List<INDArray> gActs = generator.feedForward(true, false);
        INDArray fake = gActs.get(gActs.size() - 1);

        // 2. D step: real → REAL, fake → FAKE, one update with the summed gradient
        DiscriminatorPass dPass = discriminatorBackward(real, fake);
        apply(discriminator, dPass.gradient(), iteration, n);

        // 3. G step: updated D(fake) → REAL; D's input gradient is G's external error
        GeneratorPass gPass = generatorBackward(fake);
        apply(generator, gPass.gradient(), iteration, n);

        steps++;
        return new StepResult(dPass.onReal().loss() + dPass.onFake().loss(), gPass.loss().loss(),
                dPass.onReal().meanPReal(), dPass.onFake().meanPReal(), gPass.loss().meanPReal());
    }

    private static int checkBatch(INDArray real, INDArray z) {
        int n = Math.toIntExact(real.size(0));
        if (z.size(0) != n) {
            throw new IllegalArgumentException("z: expected " + n + " rows (the batch size), got " + z.size(0));
        }
        return n;
    }

    private GemmNetwork fastGenerator() {
        if (fastGenerator == null) {
            fastGenerator = new GemmNetwork(generator, new int[] {0, 0, architecture.zDim()});
        }
        return fastGenerator;
    }

    private GemmNetwork fastDiscriminator() {
        if (fastDiscriminator == null) {
            fastDiscriminator = new GemmNetwork(discriminator, new int[] {Architecture.SIDE, Architecture.SIDE, 1});
        }
        return fastDiscriminator;
    }

    record DiscriminatorPass(Gradient gradient, LossKind.Result onReal, LossKind.Result onFake) {}

    /** D's summed gradient of "real is REAL" and "fake is FAKE"; nothing is updated. */
    DiscriminatorPass discriminatorBackward(INDArray real, INDArray fake) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        LossKind loss = architecture.loss();
        LossKind.Result onReal = loss.evaluate(forward(discriminator, real), Label.REAL);
        INDArray realGrad = discriminator.backpropGradient(onReal.gradient(), mgr).getFirst().gradient().dup();
        LossKind.Result onFake = loss.evaluate(forward(discriminator, fake), Label.FAKE);
        Gradient dGrad = discriminator.backpropGradient(onFake.gradient(), mgr).getFirst();
        dGrad.gradient().addi(realGrad);
        return new DiscriminatorPass(dGrad, onReal, onFake);
    }

    /** Only G's half of a step (for tests of the label convention): G moves toward "D says REAL". */
    LossKind.Result generatorStepOnly(INDArray z) {
        INDArray fake = forward(generator, z);
        GeneratorPass pass = generatorBackward(fake);
        apply(generator, pass.gradient(), Math.toIntExact(steps), Math.toIntExact(z.size(0)));
        steps++;
        return pass.loss();
    }

    /** Only D's half of a step (for tests): D moves toward real → REAL, G(z) → FAKE. */
    void discriminatorStepOnly(INDArray real, INDArray z) {
        INDArray fake = forward(generator, z);
        apply(discriminator, discriminatorBackward(real, fake).gradient(), Math.toIntExact(steps),
                Math.toIntExact(z.size(0)));
        steps++;
    }

    /** D's P(real) in training mode (batch statistics), as the losses see it. */
    double[] pRealTraining(INDArray images) {
        return architecture.loss().pReal(forward(discriminator, images));
    }

    record GeneratorPass(Gradient gradient, LossKind.Result loss) {}

    /**
     * G's gradient of the loss "D(fake) is REAL", where {@code fake} is the output of G's last training-mode
     * forward pass. D's parameter gradient from this pass is discarded: only G changes.
     */
    GeneratorPass generatorBackward(INDArray fake) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        LossKind.Result gLoss = architecture.loss().evaluate(forward(discriminator, fake), Label.REAL);
        INDArray dInput = discriminator.backpropGradient(gLoss.gradient(), mgr).getSecond();
        Gradient gGrad = generator.backpropGradient(dInput, mgr).getFirst();
        return new GeneratorPass(gGrad, gLoss);
    }

    /** G's raw (undivided, per-example-summed) gradient for latent vectors z, without updating anything. */
    INDArray generatorGradient(INDArray z) {
        INDArray fake = forward(generator, z);
        return generatorBackward(fake).gradient().gradient().dup();
    }

    private static INDArray forward(MultiLayerNetwork net, INDArray input) {
        net.setInput(input);
        List<INDArray> acts = net.feedForward(true, false);
        return acts.get(acts.size() - 1);
    }

    /** Adam through the network's own updater: it divides by the batch size and turns the gradient into the step. */
    private static void apply(MultiLayerNetwork net, Gradient gradient, int iteration, int batchSize) {
        net.getUpdater().update(net, gradient, iteration, 0, batchSize, LayerWorkspaceMgr.noWorkspaces());
        net.params().subi(gradient.gradient());
    }

    /**
     * The generator's images in inference mode (BN running averages), pixels in [−1, 1].
     *
     * @param z latent vectors, shape [n, zDim]
     * @return shape [n, 1, 28, 28]
     */
    public INDArray generate(INDArray z) {
        return generator.output(z, false);
    }

    /** D's P(real) of each image, inference mode. Images shape [n, 1, 28, 28], pixels in [−1, 1]. */
    public double[] pReal(INDArray images) {
        return architecture.loss().pReal(discriminator.output(images, false));
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

    /** The discriminator network (live, not a copy). */
    public MultiLayerNetwork discriminator() {
        return discriminator;
    }
}
