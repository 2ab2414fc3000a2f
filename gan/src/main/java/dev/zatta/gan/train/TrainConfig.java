package dev.zatta.gan.train;

import dev.zatta.gan.data.DigitSpec;
import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.GeneratorAverage;
import dev.zatta.gan.model.LossKind;
import dev.zatta.gan.model.ModeSeeking;
import java.util.Properties;
import java.util.Set;

/**
 * An immutable, validated training configuration; {@link #builder()} starts from the blog's values.
 *
 * @param digits       which MNIST digits to train on, as a spec ("0", "0-9", "1,3,5-7")
 * @param data         an IDX folder, or {@code null} for the 10,000 embedded MNIST digits
 * @param epochs       total number of epochs (how far the run goes; not part of its trajectory)
 * @param batchSize    images per step; the last incomplete batch of an epoch is dropped
 * @param seed         the one seed of the run: weights, data order, latent vectors, the fixed grid vectors
 * @param loss         softmax (the blog's) or sigmoid
 * @param learningRate Adam's step size for both networks
 * @param beta1        Adam's β1 for both networks
 * @param zDim         latent dimension (100 in the blog)
 * @param width        the generator's last hidden width (64 in the blog)
 * @param engine       how the training steps are computed; the engines round differently, so it is part of
 *                     the trajectory
 * @param conditional  whether G is given the digit with z and D tells the ten digits and fake apart (K + 1
 *                     classes; needs the softmax loss)
 * @param modeSeeking  λ of the {@link ModeSeeking} term in G's loss; 0 turns it off. The builder's default is
 *                     {@link #DEFAULT_CONDITIONAL_MODE_SEEKING} for a conditional run (without it, G ignores z and
 *                     draws one image per digit) and 0, the blog's loss, otherwise
 * @param ema          β of the {@link GeneratorAverage exponential moving average of G's weights} that draws the
 *                     grids and samples; 0: none, G itself draws them. The builder's default is
 *                     {@link #DEFAULT_CONDITIONAL_EMA} for a conditional run and 0, the blog's, otherwise
 */
public record TrainConfig(String digits, String data, int epochs, int batchSize, long seed, LossKind loss,
        double learningRate, double beta1, int zDim, int width, Engine engine, boolean conditional,
        double modeSeeking, double ema) {

    /** The blog's digit: 0. */
    public static final String DEFAULT_DIGITS = "0";
    /** 100 epochs of the ~1,000 embedded zeros: 1,500 steps. */
    public static final int DEFAULT_EPOCHS = 100;
    public static final int DEFAULT_BATCH_SIZE = 64;
    public static final long DEFAULT_SEED = 1;
    /** The blog's two-class softmax loss, by its {@link LossKind#option() option name}. */
    public static final String DEFAULT_LOSS = "softmax";
    /** DCGAN's Adam step size. */
    public static final double DEFAULT_LEARNING_RATE = 2e-4;
    /** DCGAN's Adam β1. */
    public static final double DEFAULT_BETA1 = 0.5;
    public static final int DEFAULT_Z_DIM = Architecture.BLOG_Z_DIM;
    public static final int DEFAULT_WIDTH = Architecture.BLOG_WIDTH;
    /** The channels-last engine, by its {@link Engine#option() option name}. */
    public static final String DEFAULT_ENGINE = "gemm";
    /** λ of the mode-seeking term when a conditional run does not set it: the authors' 1. */
    public static final double DEFAULT_CONDITIONAL_MODE_SEEKING = 1.0;
    /** β of the average of G's weights when a conditional run does not set it (measured: gan/README.md). */
    public static final double DEFAULT_CONDITIONAL_EMA = 0.99;

    public TrainConfig {
        if (digits == null) {
            throw new IllegalArgumentException("digits: expected a spec such as 0, 0-9 or 1,3,5-7, got null");
        }
        digits = DigitSpec.format(DigitSpec.parse(digits));
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs: expected >= 1, got " + epochs);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch-size: expected >= 2 (batch normalization needs a batch), got "
                    + batchSize);
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss: expected softmax or sigmoid, got null");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning-rate: expected a positive number, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1: expected a number in [0, 1), got " + beta1);
        }
        if (zDim < 1) {
            throw new IllegalArgumentException("z-dim: expected >= 1, got " + zDim);
        }
        if (width < 1) {
            throw new IllegalArgumentException("width: expected >= 1, got " + width);
        }
        if (engine == null) {
            throw new IllegalArgumentException("engine: expected layers or gemm, got null");
        }
        if (conditional && loss != LossKind.SOFTMAX) {
            throw new IllegalArgumentException(CONDITIONAL_NEEDS_SOFTMAX + loss.option());
        }
        new ModeSeeking(modeSeeking); // validates, naming the option
        GeneratorAverage.checkDecay(ema);
    }

    /** The mode-seeking weight a run of this kind gets when none is given: λ = 1 if conditional, else 0. */
    public static double defaultModeSeeking(boolean conditional) {
        return conditional ? DEFAULT_CONDITIONAL_MODE_SEEKING : 0;
    }

    /** The average of G's weights a run of this kind keeps when none is given: β = 0.99 if conditional, else none. */
    public static double defaultEma(boolean conditional) {
        return conditional ? DEFAULT_CONDITIONAL_EMA : 0;
    }

    /** The term {@link #modeSeeking()} adds to G's loss ({@link ModeSeeking#NONE} at 0). */
    public ModeSeeking modeSeekingTerm() {
        return new ModeSeeking(modeSeeking);
    }

    /** The message that refuses {@code --conditional} with another loss than softmax, up to the loss's name. */
    public static final String CONDITIONAL_NEEDS_SOFTMAX = "loss: --conditional trains D as a softmax over the 10"
            + " digits and fake (K + 1 classes, Salimans et al. 2016); expected softmax, got ";

    /** A builder holding the blog's values: {@code DEFAULT_*}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The blog's values with this many epochs and this seed. */
    public static TrainConfig defaults(int epochs, long seed) {
        return builder().epochs(epochs).seed(seed).build();
    }

    /** A builder holding this configuration's values (a default mode-seeking weight or EMA as "the default"). */
    public Builder toBuilder() {
        Builder b = new Builder().digits(digits).data(data).epochs(epochs).batchSize(batchSize).seed(seed).loss(loss)
                .learningRate(learningRate).beta1(beta1).zDim(zDim).width(width).engine(engine).conditional(conditional);
        if (modeSeeking != defaultModeSeeking(conditional)) {
            b.modeSeeking(modeSeeking); // a default weight stays the default of whatever kind the builder ends as
        }
        if (ema != defaultEma(conditional)) {
            b.ema(ema);
        }
        return b;
    }

    /** The digit set of {@link #digits()}. */
    public Set<Integer> digitSet() {
        return DigitSpec.parse(digits);
    }

    public Architecture architecture() {
        return new Architecture(zDim, width, loss, conditional ? Architecture.DIGITS : 0);
    }

    /** The same configuration with another number of epochs (to extend a run on resume). */
    public TrainConfig withEpochs(int newEpochs) {
        return toBuilder().epochs(newEpochs).build();
    }

    /** The run folder's name, {@link RunName#of}: every parameter of the trajectory, not the epochs. */
    public String runName() {
        return RunName.of(this);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("digits", digits);
        if (data != null) {
            p.setProperty("data", data);
        }
        p.setProperty("epochs", Integer.toString(epochs));
        p.setProperty("batchSize", Integer.toString(batchSize));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("loss", loss.name());
        p.setProperty("learningRate", Double.toString(learningRate));
        p.setProperty("beta1", Double.toString(beta1));
        p.setProperty("zDim", Integer.toString(zDim));
        p.setProperty("width", Integer.toString(width));
        p.setProperty("engine", engine.name());
        p.setProperty("conditional", Boolean.toString(conditional));
        p.setProperty("modeSeeking", Double.toString(modeSeeking));
        p.setProperty("ema", Double.toString(ema));
        return p;
    }

    /**
     * The configuration of {@link #toProperties}; checkpoints from before the engine option trained with gemm,
     * those from before the mode-seeking term without it, and those from before the average of G's weights
     * without one.
     */
    static TrainConfig fromProperties(Properties p) {
        return builder().digits(p.getProperty("digits")).data(p.getProperty("data"))
                .epochs(Integer.parseInt(p.getProperty("epochs")))
                .batchSize(Integer.parseInt(p.getProperty("batchSize")))
                .seed(Long.parseLong(p.getProperty("seed"))).loss(LossKind.valueOf(p.getProperty("loss")))
                .learningRate(Double.parseDouble(p.getProperty("learningRate")))
                .beta1(Double.parseDouble(p.getProperty("beta1")))
                .zDim(Integer.parseInt(p.getProperty("zDim"))).width(Integer.parseInt(p.getProperty("width")))
                .engine(Engine.valueOf(p.getProperty("engine", Engine.GEMM.name())))
                .conditional(Boolean.parseBoolean(p.getProperty("conditional", "false")))
                .modeSeeking(Double.parseDouble(p.getProperty("modeSeeking", "0")))
                .ema(Double.parseDouble(p.getProperty("ema", "0")))
                .build();
    }

    /** Collects a {@link TrainConfig}; starts from the blog's values; {@link #build} validates. Not thread-safe. */
    public static final class Builder {
        private String digits = DEFAULT_DIGITS;
        private String data;
        private int epochs = DEFAULT_EPOCHS;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private long seed = DEFAULT_SEED;
        private LossKind loss = LossKind.parse(DEFAULT_LOSS);
        private double learningRate = DEFAULT_LEARNING_RATE;
        private double beta1 = DEFAULT_BETA1;
        private int zDim = DEFAULT_Z_DIM;
        private int width = DEFAULT_WIDTH;
        private Engine engine = Engine.parse(DEFAULT_ENGINE);
        private boolean conditional;
        private Double modeSeeking;
        private Double ema;

        private Builder() {}

        public Builder digits(String digits) {
            this.digits = digits;
            return this;
        }

        /** An IDX folder, or {@code null} for the embedded digits. */
        public Builder data(String data) {
            this.data = data;
            return this;
        }

        public Builder epochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder loss(LossKind loss) {
            this.loss = loss;
            return this;
        }

        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        public Builder beta1(double beta1) {
            this.beta1 = beta1;
            return this;
        }

        public Builder zDim(int zDim) {
            this.zDim = zDim;
            return this;
        }

        public Builder width(int width) {
            this.width = width;
            return this;
        }

        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        public Builder conditional(boolean conditional) {
            this.conditional = conditional;
            return this;
        }

        /** λ of the mode-seeking term; unless set, {@link #defaultModeSeeking} of the run's kind. */
        public Builder modeSeeking(double modeSeeking) {
            this.modeSeeking = modeSeeking;
            return this;
        }

        /** β of the average of G's weights (0: none); unless set, {@link #defaultEma} of the run's kind. */
        public Builder ema(double ema) {
            this.ema = ema;
            return this;
        }

        /** The validated configuration; the message of a bad value names its option. */
        public TrainConfig build() {
            return new TrainConfig(digits, data, epochs, batchSize, seed, loss, learningRate, beta1, zDim, width,
                    engine, conditional, modeSeeking == null ? defaultModeSeeking(conditional) : modeSeeking,
                    ema == null ? defaultEma(conditional) : ema);
        }
    }
}
