package dev.zatta.gan.train;

import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.StepResult;
import dev.zatta.gan.model.TrainingStep;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training loop of a run folder: after every epoch an {@code epoch-NNNN.png} grid of G(fixed z) captioned
 * with D's P(real), {@code metrics.csv}, {@code curves.png} and, last, {@code checkpoint.zip}.
 *
 * <p>Randomness: the initial weights come from {@code seed}; epoch e shuffles the data and draws its latent
 * vectors from a {@link SplittableRandom} seeded by (seed, e); the 64 grid vectors from one seeded by seed.
 * ND4J's global random generator is never used, so two runs in one JVM do not disturb each other and a
 * resumed run repeats exactly what the uninterrupted one would have done.
 *
 * <p>Not thread-safe; one run per thread.
 */
public final class Trainer {
    private Trainer() {}

    /** Grid size: 8 × 8 samples from fixed latent vectors, as in the blog. */
    public static final int GRID = 8;

    /** What a finished run produced. */
    public record Result(Path runDir, int epochs, long steps, List<Metrics.Row> metrics, double seconds) {}

    /** The training images of a configuration: the embedded MNIST digits or {@code data}, restricted to the digits. */
    public static List<float[]> images(TrainConfig config) {
        MnistData all = config.data() == null ? MnistData.embedded() : MnistData.read(Path.of(config.data()));
        MnistData chosen = all.select(config.digitSet());
        List<float[]> images = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            images.add(chosen.image(i));
        }
        return images;
    }

    /**
     * Starts a new run in {@code outDir/<config.runName()>}.
     *
     * @param progress where progress lines go (stderr in the command line), or {@code null}
     * @throws IllegalArgumentException if the run folder already holds a checkpoint
     */
    public static Result train(TrainConfig config, List<float[]> images, Path outDir, PrintStream progress)
            throws IOException {
        Path runDir = outDir.resolve(config.runName());
        if (Files.exists(runDir.resolve(Checkpoint.FILE))) {
            throw new IllegalArgumentException("out: the run folder " + runDir + " already holds a checkpoint;"
                    + " continue it with --resume " + runDir + " or choose another --out or --seed");
        }
        Files.createDirectories(runDir);
        Dcgan model = Dcgan.create(config.architecture(), config.learningRate(), config.beta1(), config.seed());
        INDArray fixedZ = Images.latent(new SplittableRandom(config.seed()), GRID * GRID, config.zDim());
        return run(runDir, new Checkpoint(config, 0, model, fixedZ), images, new ArrayList<>(), progress);
    }

    /**
     * Continues the run in {@code runDir} from its checkpoint up to {@code epochs} epochs in all (0: the
     * number it was started with). Metrics rows of epochs after the checkpoint (a crash mid-epoch) are dropped.
     */
    public static Result resume(Path runDir, int epochs, List<float[]> images, PrintStream progress)
            throws IOException {
        Checkpoint cp = Checkpoint.load(runDir);
        if (epochs != 0) {
            if (epochs < cp.epoch()) {
                throw new IllegalArgumentException("epochs: expected at least the " + cp.epoch()
                        + " epochs already in " + runDir + ", got " + epochs);
            }
            cp = new Checkpoint(cp.config().withEpochs(epochs), cp.epoch(), cp.model(), cp.fixedZ());
        }
        List<Metrics.Row> rows = new ArrayList<>();
        Path csv = runDir.resolve("metrics.csv");
        if (Files.exists(csv)) {
            for (Metrics.Row r : Metrics.read(csv)) {
                if (r.epoch() <= cp.epoch()) {
                    rows.add(r);
                }
            }
        }
        return run(runDir, cp, images, rows, progress);
    }

    /** The data order and latent vectors of epoch e (1-based) come from this stream alone. */
    static SplittableRandom epochRandom(long seed, int epoch) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    }

    private static Result run(Path runDir, Checkpoint start, List<float[]> images, List<Metrics.Row> rows,
            PrintStream progress) throws IOException {
        TrainConfig config = start.config();
        Dcgan model = start.model();
        TrainingStep step = Engine.GEMM.stepFor(model);
        int batch = config.batchSize();
        int stepsPerEpoch = images.size() / batch;
        if (stepsPerEpoch < 1) {
            throw new IllegalArgumentException("batch-size: expected at most the " + images.size()
                    + " training images of digits " + config.digits() + ", got " + batch);
        }
        long t0 = System.nanoTime();
        int firstEpoch = start.epoch() + 1;
        for (int epoch = firstEpoch; epoch <= config.epochs(); epoch++) {
            long e0 = System.nanoTime();
            SplittableRandom rng = epochRandom(config.seed(), epoch);
            int[] order = permutation(images.size(), rng.split());
            SplittableRandom zRng = rng.split();
            double sumD = 0;
            double sumG = 0;
            double sumDx = 0;
            double sumDgz = 0;
            for (int s = 0; s < stepsPerEpoch; s++) {
                INDArray real = Images.batch(images, order, s * batch, batch);
                INDArray z = Images.latent(zRng, batch, config.zDim());
                long s0 = System.nanoTime();
                StepResult r = step.step(real, z);
                double secs = (System.nanoTime() - s0) / 1e9;
                if (!r.finite()) {
                    throw new TrainingDivergedException(String.format(Locale.ROOT,
                            "training diverged: loss_d = %s, loss_g = %s at epoch %d, step %d; %s", r.lossD(),
                            r.lossG(), epoch, model.steps(), epoch > 1
                                    ? "the last good checkpoint (epoch " + (epoch - 1) + ") is kept in "
                                            + runDir.resolve(Checkpoint.FILE)
                                    : "no epoch finished, so there is no checkpoint yet"
                                            + "; try a smaller --learning-rate"));
                }
                rows.add(new Metrics.Row(epoch, model.steps(), r.lossD(), r.lossG(), r.dReal(), r.dFake(),
                        batch / secs));
                sumD += r.lossD();
                sumG += r.lossG();
                sumDx += r.dReal();
                sumDgz += r.dFake();
            }
            String name = String.format(Locale.ROOT, "epoch-%04d", epoch);
            Images.grid(model, start.fixedZ(), GRID, "epoch " + epoch).save(runDir.resolve(name + ".png"));
            Metrics.write(runDir.resolve("metrics.csv"), rows);
            Metrics.curves(runDir.resolve("curves.png"), rows, stepsPerEpoch);
            new Checkpoint(config, epoch, model, start.fixedZ()).save(runDir);
            if (progress != null) {
                double elapsed = (System.nanoTime() - t0) / 1e9;
                double epochSecs = (System.nanoTime() - e0) / 1e9;
                int done = epoch - firstEpoch + 1;
                double eta = elapsed / done * (config.epochs() - epoch);
                progress.printf(Locale.ROOT,
                        "epoch %d/%d  loss_d %.3f  loss_g %.3f  D(x) %.2f  D(G(z)) %.2f  %.0f images/s  %.0fs"
                                + "  ETA %s%n", epoch, config.epochs(), sumD / stepsPerEpoch, sumG / stepsPerEpoch,
                        sumDx / stepsPerEpoch, sumDgz / stepsPerEpoch, stepsPerEpoch * batch / epochSecs,
                        epochSecs, duration(eta));
            }
        }
        return new Result(runDir, config.epochs(), model.steps(), List.copyOf(rows),
                (System.nanoTime() - t0) / 1e9);
    }

    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher–Yates
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : s + "s";
    }
}
