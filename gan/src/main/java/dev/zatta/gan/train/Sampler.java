package dev.zatta.gan.train;

import dev.zatta.gan.data.Idx;
import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Dcgan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Samples from a trained generator: a captioned PNG grid or an IDX file. Stateless. */
public final class Sampler {
    private Sampler() {}

    /** Largest generator batch, to bound memory for large n. */
    static final int CHUNK = 256;

    /** n images G(z), z ~ U(−1, 1) from {@code seed}, inference mode, 784 pixels each in [0, 1]. */
    public static List<float[]> sample(Dcgan model, int n, long seed) {
        return sample(model, n, seed, null);
    }

    /**
     * n images G(z, labels[i]) of a conditional generator (labels null: G(z) of an unconditional one), z ~ U(−1,
     * 1) from {@code seed}, inference mode, 784 pixels each in [0, 1].
     */
    public static List<float[]> sample(Dcgan model, int n, long seed, int[] labels) {
        if (n < 1) {
            throw new IllegalArgumentException("n: expected >= 1, got " + n);
        }
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException("labels: expected " + n + ", got " + labels.length);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>(n);
        for (int done = 0; done < n; done += CHUNK) {
            int m = Math.min(CHUNK, n - done);
            INDArray z = Images.latent(rng, m, model.architecture().zDim());
            out.addAll(Images.toUnit(model.generate(z, labels == null ? null
                    : Arrays.copyOfRange(labels, done, done + m))));
        }
        return out;
    }

    /**
     * The digits to ask a run's generator for, one per sample: null for an unconditional run (which must not be
     * given a digit); {@code digit} n times; or, with no digit, the run's digits in turn.
     *
     * @param digit the digit wanted, or null
     * @throws IllegalArgumentException naming {@code digit} if it is given to an unconditional run or is not
     *                                  one of a conditional run's digits
     */
    public static int[] labels(TrainConfig config, int n, Integer digit) {
        if (!config.conditional()) {
            if (digit != null) {
                throw new IllegalArgumentException("digit: this run was trained without --conditional, so its"
                        + " generator cannot be asked for a digit; leave out --digit " + digit + ", or sample a run"
                        + " trained with --conditional");
            }
            return null;
        }
        List<Integer> digits = new ArrayList<>(new TreeSet<>(config.digitSet()));
        if (digit != null && !digits.contains(digit)) {
            throw new IllegalArgumentException("digit: expected one of the run's digits " + config.digits() + ", got "
                    + digit);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = digit != null ? digit : digits.get(i % digits.size());
        }
        return labels;
    }

    /** {@link #write(Dcgan, int, long, int[], Path)} of an unconditional generator. */
    public static void write(Dcgan model, int n, long seed, Path file) throws IOException {
        write(model, n, seed, null, file);
    }

    /**
     * Writes n samples to {@code file}: an IDX image file when the name ends in ".idx", otherwise a PNG grid of
     * 8 columns with D's P(real) above each image (a conditional generator's, {@link #labels}: D's P(class k)).
     */
    public static void write(Dcgan model, int n, long seed, int[] labels, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".idx")) {
            Idx.writeImages(file, sample(model, n, seed, labels), Architecture.SIDE, Architecture.SIDE);
        } else if (name.endsWith(".png") || name.endsWith(".svg")) {
            INDArray z = Images.latent(new SplittableRandom(seed), n, model.architecture().zDim());
            String title = n + " samples, seed " + seed;
            (labels == null ? Images.grid(model, z, Trainer.GRID, title)
                    : Images.labelled(model, z, labels, Trainer.GRID, title)).save(file);
        } else {
            throw new IllegalArgumentException("out: expected a file name ending in .png, .svg or .idx, got " + file);
        }
    }
}
