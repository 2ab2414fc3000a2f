package dev.zatta.gan.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on a tiny synthetic fixture (blobs), a narrow network and batches of 8: seconds, not minutes. */
class TrainerTest {
    @TempDir
    Path tmp;

    /** n 28×28 images of a bright disc at a random place, pixels in [0, 1]. */
    static List<float[]> blobs(int n, long seed) {
        Random r = new Random(seed);
        List<float[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] img = new float[784];
            double cx = 8 + 12 * r.nextDouble();
            double cy = 8 + 12 * r.nextDouble();
            double rad = 3 + 4 * r.nextDouble();
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double d = Math.hypot(x - cx, y - cy);
                    img[y * 28 + x] = (float) Math.max(0, Math.min(1, rad - d));
                }
            }
            out.add(img);
        }
        return out;
    }

    /** A narrow network (z of 8, width 4), batches of 8, a larger learning rate. */
    static TrainConfig tiny(int epochs, long seed) {
        return TrainConfig.builder().epochs(epochs).batchSize(8).seed(seed).learningRate(2e-3).zDim(8).width(4)
                .build();
    }

    @Test
    void runFolderIsNamedByRunTitleAndHoldsGridsMetricsCurvesAndCheckpoint() throws IOException {
        Trainer.Result r = Trainer.train(tiny(2, 5), blobs(24, 1), tmp, null);
        String name = r.runDir().getFileName().toString();
        assertThat(name).isEqualTo(RunName.TITLE.format(
                Map.of("digits", 0, "batch", 8, "seed", 5L, "loss", "softmax", "lr", 2e-3, "zdim", 8, "width", 4)));
        assertThat(name).isEqualTo("digits-0_batch-8_seed-5_loss-softmax_lr-0.002_zdim-8_width-4");
        for (String f : List.of("epoch-0001.png", "epoch-0002.png", "metrics.csv", "curves.png", Checkpoint.FILE)) {
            assertThat(r.runDir().resolve(f)).isRegularFile();
        }
        BufferedImage grid = ImageIO.read(r.runDir().resolve("epoch-0002.png").toFile());
        BufferedImage expected = Images.grid(Checkpoint.load(r.runDir()).model(),
                Checkpoint.load(r.runDir()).fixedZ(), 8, "epoch 2").render();
        assertThat(grid.getWidth()).isEqualTo(expected.getWidth());
        assertThat(grid.getHeight()).isEqualTo(expected.getHeight());
        assertThat(grid.getWidth()).isGreaterThan(8 * 28 * 3);
        List<Metrics.Row> rows = Metrics.read(r.runDir().resolve("metrics.csv"));
        assertThat(rows).hasSize(2 * 3); // 24 images / batch 8 = 3 steps per epoch
        assertThat(rows.get(5).epoch()).isEqualTo(2);
        assertThat(rows.get(5).step()).isEqualTo(6);
        assertThat(Files.list(r.runDir()).map(p -> p.getFileName().toString()))
                .noneMatch(f -> f.endsWith(".tmp"));
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() throws IOException {
        List<float[]> data = blobs(24, 1);
        Trainer.train(tiny(2, 7), data, tmp.resolve("a"), null);
        Trainer.train(tiny(2, 7), data, tmp.resolve("b"), null);
        Trainer.train(tiny(2, 8), data, tmp.resolve("c"), null);
        Checkpoint a = Checkpoint.load(tmp.resolve("a").resolve(tiny(2, 7).runName()));
        Checkpoint b = Checkpoint.load(tmp.resolve("b").resolve(tiny(2, 7).runName()));
        Checkpoint c = Checkpoint.load(tmp.resolve("c").resolve(tiny(2, 8).runName()));
        assertThat(a.model().generator().params()).isEqualTo(b.model().generator().params());
        assertThat(a.model().discriminator().params()).isEqualTo(b.model().discriminator().params());
        assertThat(a.model().generator().params()).isNotEqualTo(c.model().generator().params());
    }

    @Test
    void twoEpochsThenResumeOneEqualsThreeUninterrupted() throws IOException {
        List<float[]> data = blobs(24, 2);
        Path whole = Trainer.train(tiny(3, 11), data, tmp.resolve("whole"), null).runDir();
        Path part = Trainer.train(tiny(2, 11), data, tmp.resolve("part"), null).runDir();
        Trainer.Result resumed = Trainer.resume(part, 3, data, null);
        assertThat(resumed.steps()).isEqualTo(9);
        Checkpoint w = Checkpoint.load(whole);
        Checkpoint p = Checkpoint.load(part);
        assertThat(p.epoch()).isEqualTo(3);
        assertThat(p.model().steps()).isEqualTo(w.model().steps());
        assertThat(p.model().generator().params()).isEqualTo(w.model().generator().params());
        assertThat(p.model().discriminator().params()).isEqualTo(w.model().discriminator().params());
        assertThat(p.model().generator().getUpdater().getStateViewArray())
                .isEqualTo(w.model().generator().getUpdater().getStateViewArray());
        assertThat(Metrics.read(part.resolve("metrics.csv")).stream().map(Metrics.Row::lossD).toList())
                .isEqualTo(Metrics.read(whole.resolve("metrics.csv")).stream().map(Metrics.Row::lossD).toList());
        for (String file : List.of(Checkpoint.FILE, "curves.png", "epoch-0003.png")) {
            assertThat(Files.mismatch(part.resolve(file), whole.resolve(file))).as(file + " differs at").isEqualTo(-1L);
        }
    }

    @Test
    void checkpointRoundTripKeepsWeightsOptimizerStateAndFixedZ() throws IOException {
        Path run = Trainer.train(tiny(1, 3), blobs(16, 3), tmp, null).runDir();
        Checkpoint a = Checkpoint.load(run);
        Path copy = Files.createDirectory(tmp.resolve("copy"));
        a.save(copy);
        Checkpoint b = Checkpoint.load(copy);
        assertThat(b.config()).isEqualTo(a.config());
        assertThat(b.epoch()).isEqualTo(1);
        assertThat(b.model().steps()).isEqualTo(2);
        assertThat(b.fixedZ()).isEqualTo(a.fixedZ());
        assertThat(b.model().discriminator().getUpdater().getStateViewArray())
                .isEqualTo(a.model().discriminator().getUpdater().getStateViewArray());
        assertThat(b.model().discriminator().getUpdater().getStateViewArray().sumNumber().doubleValue()).isNotZero();
    }

    /** The first checkpoint format held each network as a ModelSerializer zip; such runs still load. */
    @Test
    void firstFormatCheckpointsStillLoad() throws IOException {
        Path run = Trainer.train(tiny(1, 4), blobs(16, 4), tmp, null).runDir();
        Checkpoint a = Checkpoint.load(run);
        Path old = Files.createDirectory(tmp.resolve("old")).resolve(Checkpoint.FILE);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(
                run.resolve(Checkpoint.FILE)))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().startsWith("generator") && !e.getName().startsWith("discriminator")) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        for (String net : List.of("generator", "discriminator")) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            org.deeplearning4j.util.ModelSerializer.writeModel(net.equals("generator") ? a.model().generator()
                    : a.model().discriminator(), bytes, true);
            entries.put(net + ".zip", bytes.toByteArray());
        }
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(old))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Checkpoint b = Checkpoint.load(old.getParent());
        assertThat(b.model().generator().params()).isEqualTo(a.model().generator().params());
        assertThat(b.model().discriminator().getUpdater().getStateViewArray())
                .isEqualTo(a.model().discriminator().getUpdater().getStateViewArray());
        assertThat(b.fixedZ()).isEqualTo(a.fixedZ());
        assertThat(b.epoch()).isEqualTo(a.epoch());
    }

    @Test
    void divergenceStopsWithAClearMessage() throws IOException {
        TrainConfig wild = tiny(2, 1).toBuilder().learningRate(1e30).build();
        Path checkpoint = tmp.resolve(wild.runName()).resolve(Checkpoint.FILE);
        assertThatThrownBy(() -> Trainer.train(wild, blobs(24, 1), tmp, null))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageStartingWith("training diverged: loss_d = ")
                .hasMessageContaining("at epoch 1, step ")
                .hasMessageEndingWith("; the last good checkpoint (epoch 0, the initial weights) is kept in "
                        + checkpoint + ", but resuming it repeats the same steps: start a new run with a smaller "
                        + "--learning-rate");
        assertThat(Checkpoint.load(checkpoint.getParent()).epoch()).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheParameter() throws IOException {
        assertThatThrownBy(() -> TrainConfig.builder().epochs(0).build())
                .hasMessage("epochs: expected >= 1, got 0");
        assertThatThrownBy(() -> TrainConfig.builder().batchSize(1).build())
                .hasMessage("batch-size: expected >= 2 (batch normalization needs a batch), got 1");
        assertThatThrownBy(() -> TrainConfig.builder().zDim(0).build()).hasMessage("z-dim: expected >= 1, got 0");
        assertThatThrownBy(() -> TrainConfig.builder().width(-1).build()).hasMessage("width: expected >= 1, got -1");
        assertThatThrownBy(() -> Trainer.train(tiny(1, 1), blobs(4, 1), tmp, null))
                .hasMessage("batch-size: expected at most the 4 training images of digits 0, got 8");
        Trainer.train(tiny(1, 1), blobs(8, 1), tmp, null);
        Path run = tmp.resolve(tiny(1, 1).runName());
        assertThatThrownBy(() -> Trainer.train(tiny(1, 1), blobs(8, 1), tmp, null))
                .hasMessage("out: the run folder " + run + " already holds a checkpoint; continue it with --resume "
                        + run + " (and --epochs for more), or choose another --out");
        Path foreign = Files.createDirectories(tmp.resolve("other").resolve(tiny(1, 1).runName()));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Trainer.train(tiny(1, 1), blobs(8, 1), tmp.resolve("other"), null))
                .hasMessage("out: the run folder " + foreign + " holds files but no checkpoint.zip, so train did not"
                        + " write it; remove it or choose another --out");
        assertThatThrownBy(() -> Checkpoint.load(tmp))
                .hasMessageStartingWith("checkpoint: expected a run folder holding checkpoint.zip");
    }

    @Test
    void samplesAsPngAndIdx() throws IOException {
        Path run = Trainer.train(tiny(1, 3), blobs(16, 3), tmp, null).runDir();
        Checkpoint cp = Checkpoint.load(run);
        Sampler.write(cp.model(), 10, 1, tmp.resolve("s.png"));
        BufferedImage png = ImageIO.read(tmp.resolve("s.png").toFile());
        assertThat(png.getWidth()).isGreaterThan(8 * 28);
        Sampler.write(cp.model(), 10, 1, tmp.resolve("s.idx"));
        byte[] idx = Files.readAllBytes(tmp.resolve("s.idx"));
        assertThat(idx).hasSize(16 + 10 * 784);
        assertThat(Sampler.sample(cp.model(), 3, 1)).hasSize(3)
                .allSatisfy(img -> assertThat(img).hasSize(784));
        assertThatThrownBy(() -> Sampler.write(cp.model(), 10, 1, tmp.resolve("s.jpg")))
                .hasMessage("out: expected a file name ending in .png, .svg or .idx, got " + tmp.resolve("s.jpg"));
    }
}
