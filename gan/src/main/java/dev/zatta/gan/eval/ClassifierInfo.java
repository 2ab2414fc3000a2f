package dev.zatta.gan.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * How a {@link MnistClassifier} was trained and how well it does on its held-out images: the record kept
 * beside the shipped weights ({@code mnist-classifier.properties}). Immutable.
 *
 * @param seed seed of the weight initialisation, the split and the minibatch order
 * @param epochs passes over the training part
 * @param batchSize minibatch size
 * @param learningRate Adam's initial learning rate
 * @param learningRateDecay factor applied to the learning rate per epoch
 * @param maxShift largest random shift of a training image, in pixels
 * @param heldOutFraction share of each label kept out of training (see {@link HeldOutSplit})
 * @param trainSize number of training images
 * @param heldOutSize number of held-out images
 * @param heldOutAccuracy share of held-out images classified correctly
 */
public record ClassifierInfo(long seed, int epochs, int batchSize, double learningRate, double learningRateDecay,
        int maxShift, double heldOutFraction,
        int trainSize, int heldOutSize, double heldOutAccuracy) {

    /** Reads the properties written by {@link #toProperties()}; {@code source} names it in errors. */
    static ClassifierInfo read(InputStream in, String source) throws IOException {
        Properties p = new Properties();
        p.load(in);
        try {
            return new ClassifierInfo(Long.parseLong(get(p, "seed", source)),
                    Integer.parseInt(get(p, "epochs", source)),
                    Integer.parseInt(get(p, "batch_size", source)),
                    Double.parseDouble(get(p, "learning_rate", source)),
                    Double.parseDouble(get(p, "learning_rate_decay", source)),
                    Integer.parseInt(get(p, "max_shift", source)),
                    Double.parseDouble(get(p, "held_out_fraction", source)),
                    Integer.parseInt(get(p, "train_size", source)),
                    Integer.parseInt(get(p, "held_out_size", source)),
                    Double.parseDouble(get(p, "held_out_accuracy", source)));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(source + ": malformed number: " + e.getMessage(), e);
        }
    }

    private static String get(Properties p, String key, String source) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(source + ": missing key " + key);
        }
        return v.strip();
    }

    /** The properties text stored beside the weights, keys in a fixed order. */
    String toProperties() {
        StringWriter w = new StringWriter();
        w.write("# image classifier of dev.zatta.gan.eval, trained by ClassifierTrainer (gan classifier) on train_size images\n");
        w.write("architecture = " + MnistClassifier.ARCHITECTURE + "\n");
        w.write("seed = " + seed + "\n");
        w.write("epochs = " + epochs + "\n");
        w.write("batch_size = " + batchSize + "\n");
        w.write("learning_rate = " + learningRate + "\n");
        w.write("learning_rate_decay = " + learningRateDecay + "\n");
        w.write("max_shift = " + maxShift + "\n");
        w.write("held_out_fraction = " + heldOutFraction + "\n");
        w.write("train_size = " + trainSize + "\n");
        w.write("held_out_size = " + heldOutSize + "\n");
        w.write("held_out_accuracy = " + String.format(Locale.ROOT, "%.6f", heldOutAccuracy) + "\n");
        return w.toString();
    }

    static UncheckedIOException unreadable(String source, IOException e) {
        return new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
}
