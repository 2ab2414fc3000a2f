package dev.zatta.gan.train;

import dev.zatta.gan.data.MnistData;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.model.StepResult;
import dev.zatta.gan.model.TrainingStep;
import dev.zatta.io.FileTrees;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training loop of a run folder ({@link RunName}): a new run's folder appears holding its epoch-0
 * checkpoint; after every epoch come an {@code epoch-NNNN.png} grid of G(fixed z) captioned with D's P(real),
 * {@code metrics.csv}, {@code curves.png} and, last, {@code checkpoint.zip}.
 *
 * <p>Every file is written whole or not at all ({@code dev.zatta.io.AtomicFile}) and the checkpoint last, so a
 * run killed at any moment leaves a folder that {@link #resume} continues exactly: the checkpoint says which
 * epoch is complete, metrics rows of later epochs are dropped, the later epochs' grids and curves are written
 * again (with the same bytes), and temporary files of a write that was cut short are removed.
 *
 * <p>Randomness: the initial weights come from {@code seed}; epoch e shuffles the data and draws its latent
 * vectors from a {@link SplittableRandom} seeded by (seed, e); the 64 grid vectors from one seeded by seed.
 * ND4J's global random generator is never used, so two runs in one JVM do not disturb each other and a
 * resumed run repeats exactly what the uninterrupted one would have done (with the same ND4J thread count:
 * ND4J's results depend on it).
 *
 * <p>Not thread-safe; one run per thread.
 */
public final class Trainer {
    private Trainer() {}

    /** Grid size: 8 × 8 samples from fixed latent vectors, as in the blog. */
    public static final int GRID = 8;
    /**
     * A conditional run's grid: one row per digit, one column per fixed latent vector (so a column shows one
     * "style" across the digits).
     */
    public static final int CONDITIONAL_COLUMNS = 10;

    /** What a finished run produced. */
    public record Result(Path runDir, int epochs, long steps, List<Metrics.Row> metrics, double seconds) {}

    /** The training images of a configuration: the embedded MNIST digits or {@code data}, restricted to the digits. */
    public static List<float[]> images(TrainConfig config) {
        return data(config).images();
    }

    /** {@link #images} with their digits. */
    public static TrainingSet data(TrainConfig config) {
        MnistData all = config.data() == null ? MnistData.embedded() : MnistData.read(Path.of(config.data()));
        MnistData chosen = all.select(config.digitSet());
        List<float[]> images = new ArrayList<>(chosen.size());
        int[] labels = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            images.add(chosen.image(i));
            labels[i] = chosen.label(i);
        }
        return new TrainingSet(images, labels);
    }

    /** The fixed latent vectors of a run's grids: 64, or one per column of a conditional run's grid. */
    static INDArray fixedZ(TrainConfig config) {
        return Images.latent(new SplittableRandom(config.seed()), config.conditional() ? CONDITIONAL_COLUMNS
                : GRID * GRID, config.zDim());
    }

    /** {@link #train(TrainConfig, TrainingSet, Path, PrintStream)} of images without labels. */
    public static Result train(TrainConfig config, List<float[]> images, Path outDir, PrintStream progress)
            throws IOException {
        return train(config, TrainingSet.unlabelled(images), outDir, progress);
    }

    /** {@link #resume(Path, int, TrainingSet, PrintStream)} of images without labels. */
    public static Result resume(Path runDir, int epochs, List<float[]> images, PrintStream progress)
            throws IOException {
        return resume(runDir, epochs, TrainingSet.unlabelled(images), progress);
    }

    /**
     * Starts a new run in {@code outDir/<config.runName()>}. The folder appears (renamed into place) holding
     * the epoch-0 checkpoint, so even a run killed in its first epoch can be resumed.
     *
     * @param progress where progress lines go (stderr in the command line), or {@code null}
     * @throws IllegalArgumentException if the run folder already holds a checkpoint or other files
     */
    public static Result train(TrainConfig config, TrainingSet images, Path outDir, PrintStream progress)
            throws IOException {
        stepsPerEpoch(config, images);
        String name = config.runName();
        Path runDir = outDir.resolve(name);
        if (Files.exists(runDir.resolve(Checkpoint.FILE))) {
            throw new IllegalArgumentException("out: the run folder " + runDir + " already holds a checkpoint;"
                    + " continue it with --resume " + runDir + " (and --epochs for more), or choose another --out");
        }
        if (Files.isDirectory(runDir) && !isEmpty(runDir)) {
            throw new IllegalArgumentException("out: the run folder " + runDir + " holds files but no "
                    + Checkpoint.FILE + ", so train did not write it; remove it or choose another --out");
        }
        Dcgan model = Dcgan.create(config.architecture(), config.learningRate(), config.beta1(), config.seed())
                .withGeneratorAverage(config.ema());
        INDArray fixedZ = fixedZ(config);
        Checkpoint start = new Checkpoint(config, 0, model, fixedZ);
        Files.createDirectories(outDir);
        deleteHidden(outDir, "." + name + ".", true); // folders of starts that were killed before the rename
        Path tmp = outDir.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
        try {
            Files.createDirectory(tmp);
            start.save(tmp);
            Files.deleteIfExists(runDir); // an empty folder
            Files.move(tmp, runDir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileTrees.deleteRecursively(tmp);
        }
        return run(runDir, start, images, new ArrayList<>(), progress);
    }

    /**
     * Continues the run in {@code runDir} from its checkpoint up to {@code epochs} epochs in all (0: the
     * number it was started with). Metrics rows of epochs after the checkpoint (a run killed mid-epoch) are
     * dropped, and temporary files of writes that were cut short are removed.
     */
    public static Result resume(Path runDir, int epochs, TrainingSet images, PrintStream progress)
            throws IOException {
        Checkpoint cp = Checkpoint.load(runDir);
        if (epochs != 0) {
            if (epochs < cp.epoch()) {
                throw new IllegalArgumentException("epochs: expected at least the " + cp.epoch()
                        + " epochs already in " + runDir + ", got " + epochs);
            }
            cp = new Checkpoint(cp.config().withEpochs(epochs), cp.epoch(), cp.model(), cp.fixedZ());
        }
        stepsPerEpoch(cp.config(), images);
        deleteHidden(runDir, ".", false);
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

    private static int stepsPerEpoch(TrainConfig config, TrainingSet images) {
        if (config.conditional() && images.labels() == null) {
            throw new IllegalArgumentException("images: a conditional run needs the digit of every training image,"
                    + " got images without labels");
        }
        int steps = images.size() / config.batchSize();
        if (steps < 1) {
            throw new IllegalArgumentException("batch-size: expected at most the " + images.size()
                    + " training images of digits " + config.digits() + ", got " + config.batchSize());
        }
        return steps;
    }

    private static Result run(Path runDir, Checkpoint start, TrainingSet data, List<Metrics.Row> rows,
            PrintStream progress) throws IOException {
        TrainConfig config = start.config();
        Dcgan model = start.model();
        TrainingStep step = config.engine().stepFor(model, config.modeSeekingTerm());
        int batch = config.batchSize();
        int stepsPerEpoch = stepsPerEpoch(config, data);
        List<float[]> images = data.images();
        long t0 = System.nanoTime();
        int firstEpoch = start.epoch() + 1;
        for (int epoch = firstEpoch; epoch <= config.epochs(); epoch++) {
            long e0 = System.nanoTime();
            SplittableRandom rng = epochRandom(config.seed(), epoch);
            int[] order = permutation(images.size(), rng.split());
            SplittableRandom zRng = rng.split();
            int firstRow = rows.size();
            for (int s = 0; s < stepsPerEpoch; s++) {
                INDArray real = Images.batch(images, order, s * batch, batch);
                INDArray z = Images.latent(zRng, batch, config.zDim());
                int[] labels = config.conditional() ? data.labels(order, s * batch, batch) : null;
                long s0 = System.nanoTime();
                StepResult r = step.step(real, labels, z);
                double secs = (System.nanoTime() - s0) / 1e9;
                if (!r.finite()) {
                    throw new TrainingDivergedException(String.format(Locale.ROOT,
                            "training diverged: loss_d = %s, loss_g = %s at epoch %d, step %d; the last good "
                                    + "checkpoint (epoch %d%s) is kept in %s, but resuming it repeats the same "
                                    + "steps: start a new run with a smaller --learning-rate", r.lossD(), r.lossG(),
                            epoch, model.steps(), epoch - 1, epoch == 1 ? ", the initial weights" : "",
                            runDir.resolve(Checkpoint.FILE)));
                }
                rows.add(new Metrics.Row(epoch, model.steps(), r.lossD(), r.lossG(), r.dReal(), r.dFake(),
                        batch / secs));
            }
            writeEpoch(runDir, new Checkpoint(config, epoch, model, start.fixedZ()), rows, stepsPerEpoch);
            if (progress != null) {
                progress.println(progressLine(rows.subList(firstRow, rows.size()), config.epochs(),
                        (System.nanoTime() - e0) / 1e9, (System.nanoTime() - t0) / 1e9 / (epoch - firstEpoch + 1)
                                * (config.epochs() - epoch), batch));
            }
        }
        return new Result(runDir, config.epochs(), model.steps(), List.copyOf(rows),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * An epoch's files, each atomic, the checkpoint last: until it is renamed into place the previous
     * checkpoint stands, and everything written before it is written again, identically, on resume.
     */
    private static void writeEpoch(Path runDir, Checkpoint cp, List<Metrics.Row> rows, int stepsPerEpoch)
            throws IOException {
        String name = String.format(Locale.ROOT, "epoch-%04d", cp.epoch());
        String title = "epoch " + cp.epoch();
        (cp.config().conditional() ? Images.conditionalGrid(cp.model(), cp.fixedZ(), cp.config().digitSet(), title)
                : Images.grid(cp.model(), cp.fixedZ(), GRID, title)).save(runDir.resolve(name + ".png"));
        Metrics.write(runDir.resolve("metrics.csv"), rows);
        Metrics.curves(runDir.resolve("curves.png"), rows, stepsPerEpoch);
        cp.save(runDir);
    }

    private static String progressLine(List<Metrics.Row> epoch, int epochs, double seconds, double eta, int batch) {
        Metrics.Row last = epoch.get(epoch.size() - 1);
        return String.format(Locale.ROOT,
                "epoch %d/%d  loss_d %.3f  loss_g %.3f  D(x) %.2f  D(G(z)) %.2f  %.0f images/s  %.0fs  ETA %s",
                last.epoch(), epochs, mean(epoch, Metrics.Row::lossD), mean(epoch, Metrics.Row::lossG),
                mean(epoch, Metrics.Row::dX), mean(epoch, Metrics.Row::dGz), epoch.size() * batch / seconds, seconds,
                duration(eta));
    }

    private static double mean(List<Metrics.Row> rows, java.util.function.ToDoubleFunction<Metrics.Row> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /**
     * Removes the entries of {@code dir} whose names start with {@code prefix} and end in {@code .tmp}: what
     * {@code AtomicFile} ({@code .<name>.<random>.tmp}) or {@link #train} left when the process was killed.
     */
    private static void deleteHidden(Path dir, String prefix, boolean folders) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && Files.isDirectory(p) == folders;
        })) {
            for (Path p : s) {
                FileTrees.deleteRecursively(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
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
