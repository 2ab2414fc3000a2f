package dev.zatta.report;

import dev.zatta.gan.eval.ConditionalReport;
import dev.zatta.gan.eval.DigitQuality;
import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.eval.QualityReport;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.io.AtomicFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The DCGAN post's second part, "All ten digits, on request": the last 10 × 10 epoch grid of a class-conditional
 * run (row = digit, column = one fixed z, captions D's P(class k)) and its per-digit quality table, as
 * {@code gan evaluate} prints it — from a finished run of the README's conditional command in
 * {@link ReportConfig#ganRuns()}, or from a run the report trains ({@link GanRuns#conditionalConfig}). Stateless.
 */
final class DcganConditional {
    /** The part's heading, the first words of its items' titles. */
    static final String TITLE = "All ten digits, on request";
    /** Prefix of the grid's copy in the report's {@code dcgan/}, so that it cannot clash with the zeros run's grids. */
    static final String PREFIX = "conditional-";
    /** The README's conditional command, as a user types it. */
    static final String COMMAND = "java -jar gan/target/gan.jar train --digits " + GanRuns.ALL_DIGITS + " --conditional";

    private DcganConditional() {
    }

    /**
     * The part's items for {@code config}, its files written into {@code dir} (the report's {@code dcgan/}): from
     * the finished run of {@link GanRuns#conditionalConfig} in {@code config.ganRuns()} if there is one (looked for
     * only when the report trains on every image, {@code ganImages} 0, as for the zeros); otherwise from a run
     * trained into {@code dir/runs}. With {@code --checkpoint} nothing is trained: without a finished run the
     * part is one item that says so.
     */
    static List<Item> items(ReportConfig config, Path dir, PrintStream progress) throws IOException {
        TrainConfig wanted = GanRuns.conditionalConfig(config);
        Optional<DcganPost.Source> source = source(config, wanted, dir.resolve("runs"), progress);
        if (source.isEmpty()) {
            return List.of(Item.text(TITLE, "Not shown: with --checkpoint the report trains nothing, and "
                    + config.ganRuns() + " holds no finished run of " + command(wanted) + " (the folder "
                    + wanted.runName() + "). Run that command, about 7½ minutes on 2 cores, and write the report "
                    + "again to see the conditional run's grid and scores here.", ""));
        }
        return fromRun(source.get().run(), source.get().origin(), dir, config.seed());
    }

    /**
     * The conditional run to show and where it came from: the finished run of {@code wanted} in
     * {@code config.ganRuns()} when {@code config.ganImages()} is 0; else, with {@code --checkpoint}, none; else
     * one trained into {@code trainInto} on {@code ganImages} images of every digit.
     */
    static Optional<DcganPost.Source> source(ReportConfig config, TrainConfig wanted, Path trainInto,
            PrintStream progress) throws IOException {
        boolean readme = GanRuns.isReadmeConditional(config, wanted);
        if (config.ganImages() == 0) {
            Optional<Path> found = GanRuns.findFinished(config.ganRuns(), wanted);
            if (found.isPresent()) {
                progress.printf("report: showing the finished conditional run %s instead of training it again%n",
                        found.get());
                return Optional.of(new DcganPost.Source(found.get(), (readme ? "the README's conditional run, finished"
                        : "a finished run of this schedule") + ", found in " + config.ganRuns() + " (" + command(wanted)
                        + (readme ? "" : " with batch " + wanted.batchSize() + ", seed " + wanted.seed()) + ")"));
            }
        }
        if (config.checkpoint().isPresent()) {
            progress.printf("report: %s holds no finished run %s; with --checkpoint the report trains none, so the "
                    + "conditional part is left out%n", config.ganRuns(), wanted.runName());
            return Optional.empty();
        }
        Path run = GanRuns.trainConditional(config, wanted, trainInto, progress);
        if (readme) {
            return Optional.of(new DcganPost.Source(run, "a run this report trained with the README's conditional "
                    + "command's schedule (" + command(wanted) + "): every embedded digit, batch " + wanted.batchSize()
                    + ", seed " + wanted.seed()));
        }
        String epochs = wanted.epochs() + (wanted.epochs() == 1 ? " epoch" : " epochs");
        String described = "a run of " + epochs + " trained by this report (batch " + wanted.batchSize() + ", "
                + (config.ganImages() == 0 ? "every embedded digit" : "the first " + config.ganImages()
                        + " images of every digit") + ", seed " + wanted.seed() + ")";
        if (wanted.epochs() >= ReportConfig.DEFAULT_CONDITIONAL_EPOCHS) {
            return Optional.of(new DcganPost.Source(run, described));
        }
        return Optional.of(new DcganPost.Source(run, described + "; that is shorter than the README's "
                + ReportConfig.DEFAULT_CONDITIONAL_EPOCHS + " epochs (the report's default trains those)"));
    }

    /**
     * The part's figure (the run's last epoch grid, copied to {@code dir/conditional-epoch-NNNN.png}) and its
     * quality table ({@link GanRuns#evaluateConditional}).
     */
    static List<Item> fromRun(Path run, String origin, Path dir, long seed) throws IOException {
        if (!Files.isDirectory(run)) {
            throw new IllegalArgumentException("conditional run: '" + run + "' is not a folder; expected a run folder "
                    + "written by " + COMMAND);
        }
        List<Path> grids = DcganPost.epochGrids(run);
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("conditional run: '" + run + "' has no epoch-NNNN.png; expected a run "
                    + "folder written by " + COMMAND);
        }
        Path last = grids.get(grids.size() - 1);
        String copy = PREFIX + last.getFileName();
        AtomicFile.copy(last, dir.resolve(copy));
        List<Item> items = new ArrayList<>();
        items.add(Item.figure(TITLE + ": the last epoch's grid",
                "The ten digits from one generator that is told which digit to draw, after epoch "
                        + DcganPost.epochOf(last) + " (the run's last grid). Row k shows the digit k asked for (0 at the "
                        + "top, 9 at the bottom); each column uses one fixed random vector z, so a column is one "
                        + "\"style\" across the ten digits. The number above each image is the discriminator's "
                        + "probability P(class k) that it is a real image of its row's digit: here D tells the ten "
                        + "digits and fake apart, a softmax over K + 1 = 11 classes, the blog's two-class loss "
                        + "extended. The run shown is " + origin + ". Its folder's name is the run's parameters as a "
                        + "formatting RunTitle: " + run.getFileName() + ".",
                DcganPost.DIR + "/" + copy));
        items.add(quality(GanRuns.evaluateConditional(run, seed), seed));
        return items;
    }

    /** The per-digit quality table: what {@code gan evaluate} prints for a conditional run, a row per digit, then all. */
    static Item quality(ConditionalReport r, long seed) {
        int n = r.digits().get(0).n();
        List<List<String>> rows = new ArrayList<>();
        for (DigitQuality d : r.digits()) {
            rows.add(List.of(String.valueOf(d.digit()), String.valueOf(d.n()), percent(d.recognisedShare()),
                    fixed(1, d.fid()), fixed(2, d.fidFloor()) + " (" + d.floorSize() + ")", fixed(1, d.fidOverFloor()),
                    percent(d.realRecognisedShare())));
        }
        QualityReport all = r.overall();
        rows.add(List.of("all", String.valueOf(all.n()), percent(all.recognisedShare()), fixed(1, all.fid()), "", "", ""));
        return Item.table(TITLE + ": quality per digit",
                "The shipped MNIST classifier judges " + n + " new samples of every digit (seed " + seed + "), each "
                        + "against the digit it was drawn as: the share it recognises as that digit with confidence "
                        + "above " + QualityEvaluator.CONFIDENCE + "; the Fréchet distance of its features to those of "
                        + "the digit's real images; the real-image floor, the same distance between the digit's real "
                        + "images split at random into n and the rest (what fresh real images would score); the "
                        + "distance over the floor; and the share of the digit's real images recognised by the same "
                        + "rule (what a perfect generator would score). The last row is all " + all.n() + " samples "
                        + "together, each counted when recognised as its own digit, and their distance to the real "
                        + "images of all ten. The same numbers as java -jar gan/target/gan.jar evaluate --checkpoint RUN "
                        + "--n " + n + " --seed " + seed + ".",
                List.of("digit", "samples", "recognised", "Fréchet distance", "floor (n)", "distance / floor",
                        "real images recognised"),
                rows);
    }

    private static String command(TrainConfig wanted) {
        return COMMAND + " --epochs " + wanted.epochs();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String fixed(int decimals, double x) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
