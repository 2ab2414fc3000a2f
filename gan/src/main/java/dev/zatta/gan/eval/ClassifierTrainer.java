package dev.zatta.gan.eval;

import dev.zatta.gan.data.MnistData;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * Trains the {@link MnistClassifier} reproducibly: a stratified {@link HeldOutSplit}, He/Glorot-uniform
 * weights, Adam with an exponentially decaying learning rate on softmax cross-entropy, minibatches in a
 * shuffled order with each training image shifted by a few random pixels — all drawn from one
 * {@link SplittableRandom} seeded with {@link Config#seed()}, so the same data and config give the same
 * weights. No global random state is touched: DL4J's configuration builders reseed ND4J's generator of
 * the calling thread, so {@link MnistClassifier} builds its configuration on a thread of its own (see
 * {@code MnistClassifier.configuration}). Stateless.
 *
 * <p>The shipped weights are regenerated, from the repository root after {@code ./mvnw -pl gan -am package},
 * with
 * <pre>
 *   java -cp 'gan/target/gan.jar:gan/target/lib/*' dev.zatta.gan.eval.ClassifierTrainer \
 *       gan/src/main/resources/dev/zatta/gan/eval
 * </pre>
 * which writes {@code mnist-classifier.zip} and {@code mnist-classifier.properties} (held-out accuracy
 * included) there, with {@link Config#shipped()}. Progress goes to stderr.
 */
public final class ClassifierTrainer {
    private ClassifierTrainer() {}

    /**
     * Training settings. Immutable.
     *
     * @param seed seed of the split, the initial weights and the minibatch order
     * @param epochs passes over the training part, >= 1
     * @param batchSize minibatch size, >= 1
     * @param learningRate Adam's initial learning rate, > 0
     * @param learningRateDecay factor applied to the learning rate per epoch (smoothly, per step), in (0, 1]
     * @param maxShift largest random shift of a training image, in pixels along each axis (0 = none; the
     *     held-out images are never shifted), 0..4
     * @param heldOutFraction share of each label kept out for measuring accuracy, in (0, 1)
     */
    public record Config(long seed, int epochs, int batchSize, double learningRate, double learningRateDecay,
            int maxShift, double heldOutFraction) {
        public Config {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs: expected >= 1, got " + epochs);
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize: expected >= 1, got " + batchSize);
            }
            if (!(learningRate > 0 && Double.isFinite(learningRate))) {
                throw new IllegalArgumentException("learningRate: expected a finite value > 0, got " + learningRate);
            }
            if (!(learningRateDecay > 0 && learningRateDecay <= 1)) {
                throw new IllegalArgumentException("learningRateDecay: expected a value in (0, 1], got "
                        + learningRateDecay);
            }
            if (maxShift < 0 || maxShift > 4) {
                throw new IllegalArgumentException("maxShift: expected 0..4 pixels, got " + maxShift);
            }
            if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
                throw new IllegalArgumentException("heldOutFraction: expected a value in (0, 1), got "
                        + heldOutFraction);
            }
        }

        /**
         * The settings of the shipped classifier: seed 7, 15 epochs, batch 64, Adam from lr 1e-3 decaying
         * by 0.8 per epoch, random shifts of up to 2 pixels, 20% held out.
         */
        public static Config shipped() {
            return new Config(7, 15, 64, 1e-3, 0.8, 2, 0.2);
        }

        /** This config with another number of epochs. */
        public Config withEpochs(int newEpochs) {
            return new Config(seed, newEpochs, batchSize, learningRate, learningRateDecay, maxShift, heldOutFraction);
        }

        /** This config with another seed. */
        public Config withSeed(long newSeed) {
            return new Config(newSeed, epochs, batchSize, learningRate, learningRateDecay, maxShift, heldOutFraction);
        }
    }

    /** Trains with {@link Config#shipped()}'s settings but the given seed. */
    public static MnistClassifier train(MnistData data, long seed) {
        return train(data, Config.shipped().withSeed(seed), line -> { });
    }

    /**
     * Trains a classifier on the training part of a stratified split of {@code data} and measures its
     * accuracy on the held-out part (recorded in {@link MnistClassifier#info()}).
     *
     * @param progress receives one line per epoch (loss, held-out accuracy, time)
     */
    public static MnistClassifier train(MnistData data, Config config, Consumer<String> progress) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        HeldOutSplit split = HeldOutSplit.stratified(data, config.heldOutFraction(), config.seed());
        MnistData train = split.train();
        if (train.size() == 0 || split.heldOut().size() == 0) {
            throw new IllegalArgumentException("data: expected enough images for a training and a held-out part, got "
                    + data.size());
        }
        // one generator for everything random in this run; the split above has its own, from the same seed
        SplittableRandom rng = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
        int stepsPerEpoch = (train.size() + config.batchSize() - 1) / config.batchSize();
        // lr · decay^(step / stepsPerEpoch): the per-epoch decay spread evenly over the steps
        ISchedule lr = new ExponentialSchedule(ScheduleType.ITERATION, config.learningRate(),
                Math.pow(config.learningRateDecay(), 1.0 / stepsPerEpoch));
        MultiLayerNetwork net = MnistClassifier.initialNetwork(lr, config.seed(), rng.split());
        MnistClassifier classifier = new MnistClassifier(net, null);
        int pixels = MnistData.ROWS * MnistData.COLS;
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] image = new float[pixels];
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            HeldOutSplit.shuffle(order, rng);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < order.length; from += config.batchSize()) {
                int b = Math.min(config.batchSize(), order.length - from);
                float[] x = new float[b * pixels];
                float[] y = new float[b * MnistData.CLASSES];
                for (int k = 0; k < b; k++) {
                    train.copyImage(order[from + k], image, 0);
                    int dy = config.maxShift() == 0 ? 0 : rng.nextInt(-config.maxShift(), config.maxShift() + 1);
                    int dx = config.maxShift() == 0 ? 0 : rng.nextInt(-config.maxShift(), config.maxShift() + 1);
                    shift(image, dy, dx, x, k * pixels);
                    y[k * MnistData.CLASSES + train.label(order[from + k])] = 1f;
                }
                INDArray features = Nd4j.create(x, new long[] {b, pixels}, 'c');
                INDArray labels = Nd4j.create(y, new long[] {b, MnistData.CLASSES}, 'c');
                net.fit(features, labels);
                lossSum += net.score();
                batches++;
            }
            double acc = classifier.accuracy(split.heldOut());
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.accept(String.format(Locale.ROOT, "epoch %d/%d  loss %.4f  held-out accuracy %.4f  %.0f s",
                    epoch, config.epochs(), lossSum / batches, acc, seconds));
        }
        double accuracy = classifier.accuracy(split.heldOut());
        ClassifierInfo info = new ClassifierInfo(config.seed(), config.epochs(), config.batchSize(),
                config.learningRate(), config.learningRateDecay(), config.maxShift(), config.heldOutFraction(),
                train.size(), split.heldOut().size(), accuracy);
        return new MnistClassifier(net, info);
    }

    /**
     * Writes {@code image} (28×28, row-major) moved down by {@code dy} and right by {@code dx} pixels into
     * {@code dest} from {@code offset}; pixels moved in from outside are background (0).
     */
    static void shift(float[] image, int dy, int dx, float[] dest, int offset) {
        int rows = MnistData.ROWS;
        int cols = MnistData.COLS;
        for (int r = 0; r < rows; r++) {
            int sr = r - dy;
            for (int c = 0; c < cols; c++) {
                int sc = c - dx;
                dest[offset + r * cols + c] = sr >= 0 && sr < rows && sc >= 0 && sc < cols ? image[sr * cols + sc] : 0f;
            }
        }
    }

    /**
     * Regenerates the shipped classifier: trains on the embedded digits with {@link Config#shipped()} and
     * writes {@code mnist-classifier.zip} and {@code .properties} into the folder given as the first
     * argument; an optional second argument overrides the number of epochs (for quick trials).
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ClassifierTrainer OUTPUT_DIR [EPOCHS]   (e.g. gan/src/main/resources/dev/zatta/gan/eval;"
                    + " EPOCHS defaults to the shipped " + Config.shipped().epochs() + ")");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Config config = args.length == 2 ? Config.shipped().withEpochs(Integer.parseInt(args[1])) : Config.shipped();
        System.err.println("training the MNIST classifier on the embedded digits: " + config);
        MnistClassifier c = train(MnistData.embedded(), config, System.err::println);
        Path weights = dir.resolve(MnistClassifier.RESOURCE_WEIGHTS);
        c.save(weights);
        System.out.printf(Locale.ROOT, "held-out accuracy %.4f (%d images); wrote %s%n",
                c.info().heldOutAccuracy(), c.info().heldOutSize(), weights);
    }
}
