package dev.zatta.gan.train;

import dev.zatta.formatting.RunTitle;
import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.LossKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * An immutable, validated training configuration.
 *
 * @param digits       which MNIST digits to train on, as a spec ("0", "0-9", "1,3,5-7")
 * @param data         an IDX folder, or {@code null} for the 10,000 embedded MNIST digits
 * @param epochs       total number of epochs
 * @param batchSize    images per step; the last incomplete batch of an epoch is dropped
 * @param seed         the one seed of the run: weights, data order, latent vectors, the fixed grid vectors
 * @param loss         softmax (the blog's) or sigmoid
 * @param learningRate Adam's step size for both networks
 * @param beta1        Adam's β1 for both networks
 * @param width        the generator's last hidden width (64 in the blog)
 * @param zDim         latent dimension (100 in the blog)
 */
public record TrainConfig(String digits, String data, int epochs, int batchSize, long seed, LossKind loss,
        double learningRate, double beta1, int width, int zDim) {

    /** The blog's values: digit 0, batch 64, Adam(2e-4, 0.5), softmax loss, z of dimension 100. */
    public static TrainConfig defaults(int epochs, long seed) {
        return new TrainConfig("0", null, epochs, 64, seed, LossKind.SOFTMAX, 2e-4, 0.5, 64, 100);
    }

    public TrainConfig {
        if (digits == null) {
            throw new IllegalArgumentException("digits: expected a spec such as 0, 0-9 or 1,3,5-7, got null");
        }
        digits = MnistData.formatDigits(MnistData.parseDigits(digits));
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
        new Architecture(zDim, width, loss); // validates zDim and width
    }

    /** The digit set of {@link #digits()}. */
    public Set<Integer> digitSet() {
        return MnistData.parseDigits(digits);
    }

    public Architecture architecture() {
        return new Architecture(zDim, width, loss);
    }

    /** The same configuration with another number of epochs (to extend a run on resume). */
    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(digits, data, newEpochs, batchSize, seed, loss, learningRate, beta1, width, zDim);
    }

    /** Names a run folder: {@code digits-0_epochs-100_batch-64_seed-1_loss-softmax}. */
    public static final RunTitle RUN_TITLE = RunTitle.builder()
            .order(List.of("digits", "epochs", "batch", "seed", "loss"))
            .build();

    /** The run folder's name, {@link #RUN_TITLE} of digits, epochs, batch size, seed and loss. */
    public String runName() {
        Map<String, Object> p = new LinkedHashMap<>();
        Set<Integer> set = digitSet();
        p.put("digits", set.size() == 1 ? set.iterator().next() : digits); // a number is not quoted
        p.put("epochs", epochs);
        p.put("batch", batchSize);
        p.put("seed", seed);
        p.put("loss", loss.name().toLowerCase(java.util.Locale.ROOT));
        return RUN_TITLE.format(p);
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
        p.setProperty("width", Integer.toString(width));
        p.setProperty("zDim", Integer.toString(zDim));
        return p;
    }

    static TrainConfig fromProperties(Properties p) {
        return new TrainConfig(p.getProperty("digits"), p.getProperty("data"),
                Integer.parseInt(p.getProperty("epochs")), Integer.parseInt(p.getProperty("batchSize")),
                Long.parseLong(p.getProperty("seed")), LossKind.valueOf(p.getProperty("loss")),
                Double.parseDouble(p.getProperty("learningRate")), Double.parseDouble(p.getProperty("beta1")),
                Integer.parseInt(p.getProperty("width")), Integer.parseInt(p.getProperty("zDim")));
    }
}
