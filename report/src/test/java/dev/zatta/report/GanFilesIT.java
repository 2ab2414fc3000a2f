package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.formatting.RunTitle;
import dev.zatta.formatting.Template;
import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.eval.QualityReport;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Evaluation;
import dev.zatta.gan.train.Images;
import dev.zatta.gan.train.Metrics;
import dev.zatta.gan.train.RunName;
import dev.zatta.gan.train.Sampler;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.Trainer;
import dev.zatta.plot.ImageGrid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * gan names its run folder with a formatting RunTitle, captions its grids with a formatting template and
 * draws through common-plot: the tiny run the report trained through gan's API ({@link TinyReport}: 1
 * epoch, 256 zeros, batches of 32) is read back from its folder, and so is the conditional part's tiny run.
 */
class GanFilesIT {
    static final long SEED = TinyReport.SEED;

    @TempDir
    static Path out;
    static Path runs;
    static Path run;
    static Path conditionalRun;
    static Checkpoint checkpoint;

    @BeforeAll
    static void readTheRun() throws Exception {
        TinyReport.get();
        runs = TinyReport.OUT.resolve(DcganPost.DIR).resolve("runs");
        run = runs.resolve(GanRuns.trainConfig(TinyReport.config()).runName());
        conditionalRun = runs.resolve(GanRuns.conditionalConfig(TinyReport.config()).runName());
        try (var s = Files.list(runs)) {
            assertThat(s.toList()).as("run folders in %s", runs).containsExactlyInAnyOrder(run, conditionalRun);
        }
        checkpoint = Checkpoint.load(run);
    }

    /** The run's parameters as a map filled in the given key order. */
    static Map<String, Object> params(List<String> order) {
        // one digit is a number in the title (a string would be quoted: '0')
        Map<String, Object> all = Map.of("digits", 0, "batch", TinyReport.BATCH, "seed", SEED,
                "loss", checkpoint.config().loss().name().toLowerCase(Locale.ROOT));
        Map<String, Object> m = new LinkedHashMap<>();
        order.forEach(k -> m.put(k, all.get(k)));
        return m;
    }

    @Test
    void theRunFolderIsTheRunTitleOfItsParametersInAnyOrder() {
        String a = RunName.TITLE.format(params(List.of("digits", "batch", "seed", "loss")));
        String b = RunName.TITLE.format(params(List.of("loss", "seed", "batch", "digits")));
        assertThat(a).isEqualTo(b);
        assertThat(run.getFileName().toString()).isEqualTo(a).isEqualTo(checkpoint.config().runName());
        // and the name reads back into the parameters; the epochs are in the checkpoint, not in the name
        Map<String, Object> back = RunName.TITLE.parse(a);
        assertThat(back).containsEntry("batch", (long) TinyReport.BATCH).containsEntry("seed", SEED)
                .containsEntry("loss", "softmax").containsEntry("digits", 0L).doesNotContainKey("epochs");
        assertThat(RunName.parse(a).epochs(TinyReport.EPOCHS).build()).isEqualTo(checkpoint.config());
        assertThat(a).isEqualTo("digits-0_batch-" + TinyReport.BATCH + "_seed-" + SEED + "_loss-softmax");
    }

    @Test
    void theRunWroteAGridCurvesMetricsAndACheckpoint() throws Exception {
        BufferedImage grid = ImageIO.read(run.resolve("epoch-0001.png").toFile());
        Checkpoint cp = checkpoint;
        assertThat(cp.epoch()).isEqualTo(1);
        ImageGrid again = Images.grid(cp.model(), cp.fixedZ(), Trainer.GRID, "epoch 1");
        assertThat(again.rows()).isEqualTo(8);
        assertThat(again.columns()).isEqualTo(8);
        assertThat(grid.getWidth()).isEqualTo(again.width()).isGreaterThanOrEqualTo(8 * 28 * ImageGrid.DEFAULT_SCALE);
        assertThat(grid.getHeight()).isEqualTo(again.height()).isGreaterThanOrEqualTo(8 * 28 * ImageGrid.DEFAULT_SCALE);
        BufferedImage curves = ImageIO.read(run.resolve("curves.png").toFile());
        assertThat(curves.getWidth()).isGreaterThanOrEqualTo(300);
        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo(Metrics.HEADER);
        assertThat(csv).hasSize(1 + TinyReport.IMAGES / TinyReport.BATCH);
        // the report shows the same grid it copied
        assertThat(Files.mismatch(run.resolve("epoch-0001.png"), TinyReport.OUT.resolve("dcgan/epoch-0001.png")))
                .isEqualTo(-1L);
    }

    @Test
    void captionsInTheSvgAreTheTemplateOfTheDiscriminatorsOutput() throws Exception {
        Dcgan model = checkpoint.model();
        Path svg = out.resolve("samples.svg");
        Sampler.write(model, 16, 3, svg);
        // the same latent vectors Sampler draws for seed 3, through G and D here
        INDArray z = Images.latent(new SplittableRandom(3), 16, model.architecture().zDim());
        double[] p = model.pReal(model.generate(z));
        Template caption = Template.compile("{p:.2f}");
        List<String> expected = new ArrayList<>();
        for (double v : p) {
            assertThat(v).isBetween(0.0, 1.0);
            expected.add(caption.format(Map.of("p", v)));
        }
        List<String> texts = VariationalBayesFilesIT.svgTexts(svg);
        assertThat(texts).containsAll(expected);
        assertThat(texts.stream().filter(t -> t.matches("\\d\\.\\d\\d")).toList()).hasSize(16);
    }

    @Test
    void aFinishedRunOfTheSameScheduleIsShownInsteadOfTrainingItAgain() throws Exception {
        TrainConfig tiny = checkpoint.config();
        assertThat(GanRuns.findFinished(runs, tiny)).contains(run);
        assertThat(GanRuns.findFinished(runs, tiny.withEpochs(TinyReport.EPOCHS + 1))).as("not that far yet").isEmpty();
        assertThat(GanRuns.findFinished(out.resolve("no-runs"), tiny)).as("no such folder").isEmpty();
        // the tiny run's schedule on every zero (the run name cannot tell 256 zeros from all of them)
        ReportConfig again = ReportConfig.builder(out.resolve("again")).ganRuns(runs).ganEpochs(TinyReport.EPOCHS)
                .ganBatchSize(TinyReport.BATCH).seed(SEED).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DcganPost.Source source = DcganPost.source(again, out.resolve("not-trained"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(source.run()).isEqualTo(run);
        assertThat(source.origin()).isEqualTo("a finished run of this schedule, found in " + runs
                + " (java -jar gan/target/gan.jar train --digits 0 --epochs 1 with batch 32, seed 7)");
        assertThat(out.resolve("not-trained")).as("nothing trained").doesNotExist();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("report: showing the finished run " + run + " instead of training it again\n");
    }

    @Test
    void thePageSaysWhichRunItShowsAndScoresItAsEvaluateDoes() throws Exception {
        String page = Files.readString(TinyReport.OUT.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("a run of 1 epoch trained by this report (batch 32, 256 zeros, seed 7); that is shorter than "
                + "the main command").contains("100 epochs, too short for the blog");
        // evaluate's numbers, computed here from the checkpoint, are the ones in the quality table
        QualityReport q = QualityEvaluator.shipped().evaluate(Sampler.sample(checkpoint.model(), 1000, SEED), Set.of(0));
        assertThat(page).contains("Quality score")
                .contains(List.of("1000", String.valueOf(q.recognised()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * q.recognisedShare()),
                        String.format(Locale.ROOT, "%.3f", q.meanConfidence()),
                        String.format(Locale.ROOT, "%.1f", q.fid())).stream()
                        .map(c -> "<td><code>" + c + "</code></td>").reduce("<tr>", String::concat) + "</tr>");
    }

    @Test
    void theConditionalPartShowsTheTinyConditionalRunsGridAndScoresItAsEvaluateDoes() throws Exception {
        Checkpoint cp = Checkpoint.load(conditionalRun);
        assertThat(cp.config()).isEqualTo(TrainConfig.builder().digits("0-9").conditional(true).epochs(1)
                .batchSize(TinyReport.BATCH).seed(SEED).build());
        assertThat(conditionalRun.getFileName().toString())
                .isEqualTo("digits-0-9_batch-" + TinyReport.BATCH + "_seed-" + SEED + "_loss-softmax_conditional-True");
        // 256 of every digit, in batches of 32: one epoch of 80 steps
        assertThat(Metrics.read(conditionalRun.resolve("metrics.csv"))).hasSize(10 * TinyReport.IMAGES / TinyReport.BATCH);
        // the page shows the run's last grid, 10 × 10, under a name the zeros run's grids cannot take
        Path shown = TinyReport.OUT.resolve("dcgan/conditional-epoch-0001.png");
        assertThat(Files.mismatch(conditionalRun.resolve("epoch-0001.png"), shown)).isEqualTo(-1L);
        ImageGrid grid = Images.conditionalGrid(cp.model(), cp.fixedZ(), cp.config().digitSet(), "epoch 1");
        BufferedImage png = ImageIO.read(shown.toFile());
        assertThat(png.getWidth()).isEqualTo(grid.width());
        assertThat(png.getHeight()).isEqualTo(grid.height());
        String page = Files.readString(TinyReport.OUT.resolve("index.html"), StandardCharsets.UTF_8)
                .replace("<wbr>", "").replace("&#39;", "'"); // as a reader sees the text
        assertThat(page).contains("The run shown is a run of 1 epoch trained by this report (batch 32, the first 256 "
                + "images of every digit, seed 7); that is shorter than the README's 16 epochs");
        // the overall row of the quality table is gan evaluate's, recomputed here
        String json = Evaluation.of(cp, GanRuns.EVALUATED_PER_DIGIT, SEED, QualityEvaluator.shipped());
        java.util.regex.Matcher overall = java.util.regex.Pattern.compile("\"overall\": \\{\"n\": 1000, .*\"recognised_share\": "
                + "([0-9.]+), ").matcher(json);
        assertThat(overall.find()).as(json).isTrue();
        assertThat(page).contains("<tr><td><code>all</code></td><td><code>1000</code></td><td><code>"
                + String.format(Locale.ROOT, "%.1f%%", 100 * Double.parseDouble(overall.group(1))) + "</code></td>");
    }

    @Test
    void theRunTitleIsFileNameSafe() {
        String name = run.getFileName().toString();
        assertThat(name).doesNotContainPattern("[/\\\\:*?\"<>|]");
        assertThat(RunTitle.defaults().parse(RunTitle.defaults().format(params(List.of("seed", "digits")))))
                .containsEntry("seed", SEED);
    }
}
