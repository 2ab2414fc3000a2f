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

/**
 * Trains the {@link MnistClassifier} reproducibly: a stratified {@link HeldOutSplit}, He/Glorot-uniform
 * weights, Adam on softmax cross-entropy, minibatches in a shuffled order — all drawn from one
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
     * @param learningRate Adam's learning rate, > 0
     * @param heldOutFraction share of each label kept out for measuring accuracy, in (0, 1)
     */
    public record Config(long seed, int epochs, int batchSize, double learningRate, double heldOutFraction) {
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
            if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
                throw new IllegalArgumentException("heldOutFraction: expected a value in (0, 1), got "
                        + heldOutFraction);
            }
        }

        /** The settings of the shipped classifier: seed 7, 12 epochs, batch 64, lr 1e-3, 20% held out. */
        public static Config shipped() {
            return new Config(7, 12, 64, 1e-3, 0.2);
        }

        /** This config with another number of epochs. */
        public Config withEpochs(int newEpochs) {
            return new Config(seed, newEpochs, batchSize, learningRate, heldOutFraction);
        }
    }

    /** Trains with {@link Config#shipped()}'s settings but the given seed. */
    public static MnistClassifier train(MnistData data, long seed) {
        Config s = Config.shipped();
        return train(data, new Config(seed, s.epochs(), s.batchSize(), s.learningRate(), s.heldOutFraction()),
                line -> { });
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
        MultiLayerNetwork net = MnistClassifier.initialNetwork(config.learningRate(), config.seed(), rng.split());
        MnistClassifier classifier = new MnistClassifier(net, null);
        int pixels = MnistData.ROWS * MnistData.COLS;
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
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
                    train.copyImage(order[from + k], x, k * pixels);
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
                config.learningRate(), config.heldOutFraction(), train.size(), split.heldOut().size(), accuracy);
        return new MnistClassifier(net, info);
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
