package dev.zatta.report;

import dev.zatta.gan.eval.QualityReport;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.io.AtomicFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The DCGAN post: per-epoch sample grids with the discriminator's P(real) above each image, the loss
 * curves, a sample grid and the quality score — from a finished {@code gan train} run folder, or from a
 * run the report trains itself; then the class-conditional run's part ({@link DcganConditional}). Stateless.
 */
public final class DcganPost {
    /** The sub-folder of the report the DCGAN files go to. */
    public static final String DIR = "dcgan";
    /** At most this many epoch grids are shown (first, last and evenly spaced between). */
    public static final int MAX_GRIDS = 4;
    /** At most this many rows of metrics.csv are shown (evenly spaced, the last always). */
    public static final int MAX_METRIC_ROWS = 12;

    private DcganPost() {
    }

    /** The run the post shows and the sentence that says where it came from. */
    record Source(Path run, String origin) {
    }

    /**
     * The section for {@code config}: from its checkpoint when given; otherwise from a finished run of the
     * report's schedule (on every zero) when {@code config.ganRuns()} holds one, such as the main command's;
     * otherwise from a run the report trains (by default the main command's schedule, in quick mode 3
     * epochs). The page says which. Then the conditional part, all ten digits ({@link DcganConditional}).
     */
    public static Section section(ReportConfig config, PrintStream progress) throws IOException {
        Path dir = config.out().resolve(DIR);
        Files.createDirectories(dir);
        Source source = source(config, dir.resolve("runs"), progress);
        List<Item> items = new ArrayList<>(fromRun(source.run(), source.origin(), dir, config, progress));
        items.addAll(DcganConditional.items(config, dir, progress));
        return Section.of(ReportConfig.Post.DCGAN, intro(), items);
    }

    /**
     * Refuses a {@code --checkpoint} run folder whose checkpoint is a conditional run's: this part draws and
     * scores the blog's unconditional model, and the conditional part finds its run in {@code --gan-runs}. A
     * folder without a checkpoint passes (its grids are shown, with no new samples).
     *
     * @throws IllegalArgumentException naming the option, the folder and what was expected
     * @throws IOException              if the checkpoint cannot be read (the message names the file)
     */
    public static void requireUnconditional(Path run) throws IOException {
        if (Files.isRegularFile(run.resolve(Checkpoint.FILE)) && Checkpoint.load(run).config().conditional()) {
            throw new IllegalArgumentException("checkpoint: '" + run + "' is a conditional run (train --conditional);"
                    + " expected a run of the blog's unconditional model, which the DCGAN post samples and scores (the"
                    + " post's conditional part shows the README's conditional run from --gan-runs, or trains it)");
        }
    }

    static Source source(ReportConfig config, Path trainInto, PrintStream progress) throws IOException {
        if (config.checkpoint().isPresent()) {
            Path run = config.checkpoint().get();
            requireUnconditional(run);
            return new Source(run, "the run folder " + run.getFileName() + ", given with --checkpoint");
        }
        boolean main = GanRuns.isMainCommand(config);
        if (config.ganImages() == 0) {
            TrainConfig wanted = GanRuns.trainConfig(config);
            Optional<Path> found = GanRuns.findFinished(config.ganRuns(), wanted);
            if (found.isPresent()) {
                progress.printf("report: showing the finished run %s instead of training it again%n", found.get());
                return new Source(found.get(), (main ? "the main command's finished run" : "a finished run of "
                        + "this schedule") + ", found in " + config.ganRuns() + " (java -jar gan/target/gan.jar train "
                        + "--digits " + wanted.digits() + " --epochs " + wanted.epochs()
                        + (main ? "" : " with batch " + wanted.batchSize() + ", seed " + wanted.seed()) + ")");
            }
        }
        Path run = GanRuns.train(config, trainInto, progress);
        String epochs = config.ganEpochs() + (config.ganEpochs() == 1 ? " epoch" : " epochs");
        if (main) {
            return new Source(run, "a run this report trained with the main command's schedule: " + epochs
                    + " on every embedded zero, the blog's two-class softmax loss, seed " + config.seed());
        }
        String described = "a run of " + epochs + " trained by this report (batch " + config.ganBatchSize() + ", "
                + (config.ganImages() == 0 ? "every embedded zero" : config.ganImages() + " zeros") + ", seed "
                + config.seed() + ")";
        if (config.ganEpochs() >= ReportConfig.DEFAULT_GAN_EPOCHS) {
            return new Source(run, described);
        }
        return new Source(run, (config.ganEpochs() == ReportConfig.QUICK_GAN_EPOCHS ? "quick mode, " : "") + described
                + "; that is shorter than the main command's " + ReportConfig.DEFAULT_GAN_EPOCHS + " epochs, too short for "
                + "the blog's zeros (the report's default trains those)");
    }

    /** The zeros part's items from {@code run}, its files written into {@code dir}. */
    static List<Item> fromRun(Path run, String origin, Path dir, ReportConfig config, PrintStream progress)
            throws IOException {
        if (!Files.isDirectory(run)) {
            throw new IllegalArgumentException("checkpoint: '" + run + "' is not a folder; expected a run folder written "
                    + "by java -jar gan/target/gan.jar train");
        }
        List<Path> grids = epochGrids(run);
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("checkpoint: '" + run + "' has no epoch-NNNN.png; expected a run folder "
                    + "written by java -jar gan/target/gan.jar train");
        }
        List<Item> items = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Path g : pick(grids, MAX_GRIDS)) {
            AtomicFile.copy(g, dir.resolve(g.getFileName()));
            shown.add(DIR + "/" + g.getFileName());
        }
        items.add(Item.figure("Samples after each epoch",
                "Sixty-four images from the same fixed random vectors after epoch" + (grids.size() == 1 ? " " : "s ")
                        + epochsOf(pick(grids, MAX_GRIDS))
                        + ". The run shown is " + origin + ". The number above each image is the discriminator's "
                        + "probability that it is a real digit, as in the blog. The run folder's name is the run's parameters as a "
                        + "formatting RunTitle: " + run.getFileName() + ".",
                shown.toArray(String[]::new)));
        Path curves = run.resolve("curves.png");
        if (Files.isRegularFile(curves)) {
            AtomicFile.copy(curves, dir.resolve("curves.png"));
            items.add(Item.figure("Training curves",
                    "The discriminator's and the generator's losses and the mean P(real) of real and generated "
                            + "batches against the epoch, drawn by common-plot from the run's metrics.csv.",
                    DIR + "/curves.png"));
        }
        Optional<String> sample = GanRuns.sample(run, dir.resolve("samples.png"), config.seed(), progress);
        sample.ifPresent(s -> items.add(Item.figure("New samples from the last checkpoint",
                "Sixty-four new images drawn from the checkpoint with fresh random vectors (seed " + config.seed()
                        + "), the same command as java -jar gan/target/gan.jar sample.",
                DIR + "/" + s)));
        if (sample.isPresent()) {
            items.add(quality(GanRuns.evaluate(run, config.seed()), config.seed()));
        }
        Path metrics = run.resolve("metrics.csv");
        if (Files.isRegularFile(metrics)) {
            List<String> lines = Files.readAllLines(metrics, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            if (lines.size() > 1) {
                List<String> header = List.of(lines.get(0).split(",", -1));
                List<List<String>> rows = new ArrayList<>();
                for (String l : pick(lines.subList(1, lines.size()), MAX_METRIC_ROWS)) {
                    List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
                    while (cells.size() < header.size()) {
                        cells.add("");
                    }
                    rows.add(cells.subList(0, header.size()));
                }
                items.add(Item.table("metrics.csv",
                        "The run's metrics file (" + (lines.size() - 1) + " rows; " + rows.size() + " shown, evenly "
                                + "spaced): losses, the discriminator's mean output on real and generated images, and speed.",
                        header, rows));
            }
        }
        return items;
    }

    /** The quality score table: what {@code gan evaluate} prints, in a row. */
    static Item quality(QualityReport q, long seed) {
        String digits = String.join(", ", q.targetDigits().stream().map(String::valueOf).toList());
        return Item.table("Quality score",
                "The shipped MNIST classifier (held-out accuracy " + String.format(Locale.ROOT, "%.4f",
                        q.classifierHeldOutAccuracy()) + ") judges " + q.n() + " new samples (seed " + seed + "): the "
                        + "share it recognises as " + digits + " with confidence above " + q.confidenceThreshold()
                        + ", and the Fréchet distance of its features to those of " + q.referenceSize() + " real "
                        + "images (lower is closer); the same numbers as java -jar gan/target/gan.jar evaluate "
                        + "--checkpoint RUN --seed " + seed + ".",
                List.of("samples", "recognised", "share recognised", "mean confidence", "Fréchet distance"),
                List.of(List.of(String.valueOf(q.n()), String.valueOf(q.recognised()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * q.recognisedShare()),
                        String.format(Locale.ROOT, "%.3f", q.meanConfidence()),
                        String.format(Locale.ROOT, "%.1f", q.fid()))));
    }

    private static String intro() {
        return "The blog trained Chainer's DCGAN on the digit 0 of MNIST on a CPU and plotted samples after every epoch "
                + "with the discriminator's P(real) above each; zatta's gan module ports it to Deeplearning4j and "
                + "trains on the 10,000 MNIST digits embedded in the jar. The blog stopped at zeros (ideally 0–9, but "
                + "without a GPU it never finishes); the post ends with all ten digits from one class-conditional "
                + "generator that is told which digit to draw.";
    }

    static List<Path> epochGrids(Path run) throws IOException {
        try (Stream<Path> s = Files.list(run)) {
            return s.filter(p -> p.getFileName().toString().matches("epoch-\\d+\\.png")).sorted().toList();
        }
    }

    /** At most {@code max} elements: the first, the last and evenly spaced between, in order. */
    static <T> List<T> pick(List<T> all, int max) {
        if (all.size() <= max) {
            return all;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            int idx = (int) Math.round(i * (all.size() - 1) / (double) (max - 1));
            if (out.isEmpty() || out.get(out.size() - 1) != all.get(idx)) {
                out.add(all.get(idx));
            }
        }
        return out;
    }

    private static String epochsOf(List<Path> grids) {
        return String.join(", ", grids.stream().map(p -> String.valueOf(epochOf(p))).toList());
    }

    /** The epoch of an {@code epoch-NNNN.png} grid. */
    static int epochOf(Path grid) {
        return Integer.parseInt(grid.getFileName().toString().replaceAll("\\D", ""));
    }
}
