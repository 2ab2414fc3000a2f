package dev.zatta.gan.train;

import dev.zatta.gan.data.Idx;
import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Dcgan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Samples from a trained generator: a captioned PNG grid or an IDX file. Stateless. */
public final class Sampler {
    private Sampler() {}

    /** Largest generator batch, to bound memory for large n. */
    static final int CHUNK = 256;

    /** n images G(z), z ~ U(−1, 1) from {@code seed}, inference mode, 784 pixels each in [0, 1]. */
    public static List<float[]> sample(Dcgan model, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n: expected >= 1, got " + n);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>(n);
        for (int done = 0; done < n; done += CHUNK) {
            int m = Math.min(CHUNK, n - done);
            out.addAll(Images.toUnit(model.generate(Images.latent(rng, m, model.architecture().zDim()))));
        }
        return out;
    }

    /**
     * Writes n samples to {@code file}: an IDX image file when the name ends in ".idx", otherwise a PNG grid of
     * 8 columns with D's P(real) above each image.
     */
    public static void write(Dcgan model, int n, long seed, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".idx")) {
            Idx.writeImages(file, sample(model, n, seed), Architecture.SIDE, Architecture.SIDE);
        } else if (name.endsWith(".png") || name.endsWith(".svg")) {
            INDArray z = Images.latent(new SplittableRandom(seed), n, model.architecture().zDim());
            Images.grid(model, z, Trainer.GRID, n + " samples, seed " + seed).save(file);
        } else {
            throw new IllegalArgumentException("out: expected a file name ending in .png, .svg or .idx, got " + file);
        }
    }
}
