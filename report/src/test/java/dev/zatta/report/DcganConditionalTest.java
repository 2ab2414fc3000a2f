package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.zatta.gan.eval.QualityEvaluator;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Evaluation;
import dev.zatta.gan.train.Images;
import dev.zatta.gan.train.Metrics;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.TrainingSet;
import dev.zatta.plot.ImageGrid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DCGAN post's conditional part from a tiny conditional run (width 2, z of 4, 1 epoch on the first 2 embedded
 * images of every digit in batches of 10), trained once through the part's own path.
 */
class DcganConditionalTest {
    static final long SEED = 3;
    static final int PER_DIGIT = 2;

    @TempDir
    static Path tmp;
    static ReportConfig trained;
    static DcganPost.Source source;
    static String progress;

    static TrainConfig tiny() {
        return TrainConfig.builder().digits("0-9").conditional(true).epochs(1).batchSize(10).seed(SEED)
                .learningRate(2e-3).zDim(4).width(2).build();
    }

    @BeforeAll
    static void trainTheTinyRun() throws Exception {
        trained = ReportConfig.builder(tmp.resolve("out")).ganImages(PER_DIGIT).seed(SEED).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        source = DcganConditional.source(trained, tiny(), tmp.resolve("out/dcgan/runs"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).orElseThrow();
        progress = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSubsetIsTrainedOnTheFirstImagesOfEveryDigitAndThePageSaysSo() throws Exception {
        assertThat(source.run()).isEqualTo(tmp.resolve("out/dcgan/runs").resolve(tiny().runName()));
        assertThat(source.origin()).isEqualTo("a run of 1 epoch trained by this report (batch 10, the first 2 images of "
                + "every digit, seed 3); that is shorter than the README's 16 epochs (the report's default trains those)");
        assertThat(progress).startsWith("report: training the conditional DCGAN (digits 0-9) for 1 epochs on 20 images, "
                + "batch 10\nepoch 1/1 ");
        TrainingSet data = GanRuns.conditionalData(tiny(), PER_DIGIT);
        assertThat(data.labels()).containsExactlyInAnyOrder(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9);
        assertThat(GanRuns.conditionalData(tiny(), 0).size()).isEqualTo(10_000);
        assertThat(Metrics.read(source.run().resolve("metrics.csv"))).hasSize(20 / 10);
        assertThat(Checkpoint.load(source.run()).config()).isEqualTo(tiny());
    }

    @Test
    void theFigureIsACopyOfTheRunsLastTenByTenGrid() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("figure/dcgan"));
        List<Item> items = DcganConditional.fromRun(source.run(), "ORIGIN", dir, SEED);
        assertThat(items).hasSize(2);
        Item figure = items.get(0);
        assertThat(figure.title()).isEqualTo("All ten digits, on request: the last epoch's grid");
        assertThat(figure.images()).containsExactly("dcgan/conditional-epoch-0001.png");
        Path copy = dir.resolve("conditional-epoch-0001.png");
        assertThat(Files.mismatch(copy, source.run().resolve("epoch-0001.png"))).isEqualTo(-1L);
        byte[] head = Arrays.copyOf(Files.readAllBytes(copy), 8);
        assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        Checkpoint cp = Checkpoint.load(source.run());
        ImageGrid grid = Images.conditionalGrid(cp.model(), cp.fixedZ(), cp.config().digitSet(), "epoch 1");
        assertThat(grid.rows()).isEqualTo(10);
        assertThat(grid.columns()).isEqualTo(10);
        BufferedImage png = ImageIO.read(copy.toFile());
        assertThat(png.getWidth()).isEqualTo(grid.width());
        assertThat(png.getHeight()).isEqualTo(grid.height());
        assertThat(figure.sentence()).contains("after epoch 1 (the run's last grid). Row k shows the digit k asked for")
                .contains("P(class k)").contains("The run shown is ORIGIN. ")
                .endsWith("formatting RunTitle: " + tiny().runName() + ".");
    }

    @Test
    void theTableIsWhatGanEvaluatePrintsTenDigitsThenAll() throws Exception {
        Item table = DcganConditional.fromRun(source.run(), "ORIGIN", Files.createDirectories(tmp.resolve("table")), SEED)
                .get(1);
        assertThat(table.title()).isEqualTo("All ten digits, on request: quality per digit");
        assertThat(table.header()).containsExactly("digit", "samples", "recognised", "Fréchet distance", "floor (n)",
                "distance / floor", "real images recognised");
        assertThat(table.rows()).hasSize(11);
        assertThat(table.rows().stream().map(r -> r.get(0)).toList())
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "all");
        assertThat(table.sentence()).contains(" 100 new samples of every digit (seed 3)")
                .endsWith("java -jar gan/target/gan.jar evaluate --checkpoint RUN --n 100 --seed 3.");
        // the JSON of gan evaluate --checkpoint RUN --n 100 --seed 3, computed here through gan's own Evaluation
        String json = Evaluation.of(Checkpoint.load(source.run()), 100, SEED, QualityEvaluator.shipped());
        List<String> n = field(json, "n");
        List<String> recognised = field(json, "recognised");
        List<String> fid = field(json, "fid");
        List<String> floor = field(json, "fid_floor");
        List<String> floorN = field(json, "fid_floor_n");
        List<String> ratio = field(json, "fid_over_floor");
        List<String> real = field(json, "real_recognised_share");
        assertThat(n).hasSize(11).endsWith("1000");
        for (int d = 0; d <= 10; d++) {
            List<String> row = table.rows().get(d);
            assertThat(row.get(1)).as("samples of %s", row.get(0)).isEqualTo(n.get(d));
            assertThat(row.get(2)).as("recognised of %s", row.get(0)).isEqualTo(String.format(java.util.Locale.ROOT,
                    "%.1f%%", 100.0 * Integer.parseInt(recognised.get(d)) / Integer.parseInt(n.get(d))));
            assertThat(Double.parseDouble(row.get(3))).as("FID of %s", row.get(0))
                    .isCloseTo(Double.parseDouble(fid.get(d)), within(0.05 + 1e-9));
            if (d == 10) {
                assertThat(row.subList(4, 7)).as("the overall row has no floor").containsExactly("", "", "");
                continue;
            }
            Matcher f = Pattern.compile("(\\d+\\.\\d\\d) \\((\\d+)\\)").matcher(row.get(4));
            assertThat(f.matches()).as(row.get(4)).isTrue();
            assertThat(Double.parseDouble(f.group(1))).isCloseTo(Double.parseDouble(floor.get(d)), within(0.005 + 1e-9));
            assertThat(f.group(2)).isEqualTo(floorN.get(d)).isEqualTo("100");
            assertThat(Double.parseDouble(row.get(5))).isCloseTo(Double.parseDouble(ratio.get(d)), within(0.05 + 1e-9));
            assertThat(Double.parseDouble(row.get(6).replace("%", "")) / 100)
                    .isCloseTo(Double.parseDouble(real.get(d)), within(0.0005 + 1e-9));
        }
    }

    @Test
    void aFinishedRunInGanRunsIsFoundAndNotTrainedAgain() throws Exception {
        Path runs = source.run().getParent();
        ReportConfig again = ReportConfig.builder(tmp.resolve("again")).ganRuns(runs).seed(SEED).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Optional<DcganPost.Source> found = DcganConditional.source(again, tiny(), tmp.resolve("not-trained"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(found).isPresent();
        assertThat(found.get().run()).isEqualTo(source.run());
        assertThat(found.get().origin()).isEqualTo("a finished run of this schedule, found in " + runs + " (java -jar "
                + "gan/target/gan.jar train --digits 0-9 --conditional --epochs 1 with batch 10, seed 3)");
        assertThat(tmp.resolve("not-trained")).as("nothing trained").doesNotExist();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("report: showing the finished conditional run " + source.run() + " instead of training it again\n");
    }

    @Test
    void withACheckpointAndNoFinishedRunNothingIsTrainedAndThePageSaysSo() throws Exception {
        Path runs = tmp.resolve("no-runs");
        ReportConfig c = ReportConfig.builder(tmp.resolve("given")).checkpoint(source.run()).ganRuns(runs).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Item> items = DcganConditional.items(c, Files.createDirectories(tmp.resolve("given/dcgan")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String name = "digits-0-9_batch-64_seed-1_loss-softmax_conditional-True";
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("All ten digits, on request");
            assertThat(i.images()).isEmpty();
            assertThat(i.sentence()).isEqualTo("Not shown: with --checkpoint the report trains nothing, and " + runs
                    + " holds no finished run of java -jar gan/target/gan.jar train --digits 0-9 --conditional --epochs 16 "
                    + "(the folder " + name + "). Run that command, about 7½ minutes on 2 cores, and write the report "
                    + "again to see the conditional run's grid and scores here.");
        });
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("report: " + runs + " holds no finished run " + name
                + "; with --checkpoint the report trains none, so the conditional part is left out\n");
        assertThat(tmp.resolve("given/dcgan/runs")).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotARun() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> DcganConditional.fromRun(empty, "x", tmp, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conditional run: '" + empty + "' has no epoch-NNNN.png; expected a run folder written by "
                        + "java -jar gan/target/gan.jar train --digits 0-9 --conditional");
        Path missing = tmp.resolve("missing");
        assertThatThrownBy(() -> DcganConditional.fromRun(missing, "x", tmp, SEED))
                .hasMessage("conditional run: '" + missing + "' is not a folder; expected a run folder written by "
                        + "java -jar gan/target/gan.jar train --digits 0-9 --conditional");
    }

    /** Every value of the JSON field {@code name}, in order: the ten digits' first, then the overall one if it has it. */
    private static List<String> field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\": ([^,}\\s]+)").matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
