package dev.zatta.gan.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.gan.model.LossKind;
import dev.zatta.plot.ImageGrid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A conditional run on tiny labelled blobs: its name, 10 × 10 grids, checkpoint, exact resume and samples. */
class ConditionalRunTest {
    @TempDir
    Path tmp;

    /** n blobs, image i labelled i mod 10. */
    static TrainingSet labelledBlobs(int n, long seed) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
        }
        return new TrainingSet(TrainerTest.blobs(n, seed), labels);
    }

    static TrainConfig tinyConditional(int epochs, long seed) {
        return TrainerTest.tiny(epochs, seed).toBuilder().digits("0-9").conditional(true).build();
    }

    @Test
    void theRunNameSaysConditionalAndParsesBack() {
        TrainConfig c = tinyConditional(2, 5);
        assertThat(c.runName()).isEqualTo("digits-0-9_batch-8_seed-5_loss-softmax_conditional-True_lr-0.002_zdim-8"
                + "_width-4");
        assertThat(RunName.parse(c.runName()).epochs(2).build()).isEqualTo(c);
        assertThat(RunName.parse(TrainerTest.tiny(2, 5).runName()).epochs(2).build().conditional()).isFalse();
        assertThatThrownBy(() -> RunName.parse("digits-0_batch-8_seed-5_loss-softmax_conditional-7"))
                .hasMessage("run name: expected True or False for conditional in"
                        + " \"digits-0_batch-8_seed-5_loss-softmax_conditional-7\", got 7");
    }

    @Test
    void theSigmoidLossIsRefusedForAConditionalRun() {
        assertThatThrownBy(() -> tinyConditional(1, 1).toBuilder().loss(LossKind.SIGMOID).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loss: --conditional trains D as a softmax over the 10 digits and fake (K + 1 classes,"
                        + " Salimans et al. 2016); expected softmax, got sigmoid");
    }

    @Test
    void aConditionalRunNeedsLabels() {
        assertThatThrownBy(() -> Trainer.train(tinyConditional(1, 1), TrainerTest.blobs(16, 1), tmp, null))
                .hasMessage("images: a conditional run needs the digit of every training image, got images without"
                        + " labels");
    }

    @Test
    void theGridIsTenByTenOneRowPerDigitOneColumnPerFixedZ() throws IOException {
        Trainer.Result r = Trainer.train(tinyConditional(1, 5), labelledBlobs(20, 1), tmp, null);
        Checkpoint cp = Checkpoint.load(r.runDir());
        assertThat(cp.fixedZ().shape()).containsExactly(10, 8);
        ImageGrid grid = Images.conditionalGrid(cp.model(), cp.fixedZ(), cp.config().digitSet(), "epoch 1");
        assertThat(grid.rows()).isEqualTo(10);
        assertThat(grid.columns()).isEqualTo(10);
        assertThat(grid.images()).hasSize(100);
        // row 3, column 4: G(fixed z 4, digit 3), captioned with D's P(class 3)
        INDArray z4 = cp.fixedZ().getRow(4, true);
        INDArray image = cp.model().generate(z4, new int[] {3});
        assertThat(grid.captions().get(3 * 10 + 4)).isEqualTo(Images.CAPTION.format(
                java.util.Map.of("p", cp.model().pClass(image, new int[] {3})[0])));
        assertThat(grid.images().get(3 * 10 + 4)).isEqualTo(dev.zatta.plot.GrayImage.of(28, 28,
                Images.toUnit(image).get(0)));
        BufferedImage png = ImageIO.read(r.runDir().resolve("epoch-0001.png").toFile());
        assertThat(png.getWidth()).isEqualTo(grid.render().getWidth());
        assertThat(png.getHeight()).isEqualTo(grid.render().getHeight());
    }

    @Test
    void checkpointRoundTripAndTwoEpochsThenResumeOneEqualsThreeUninterrupted() throws IOException {
        TrainingSet data = labelledBlobs(24, 2);
        Path whole = Trainer.train(tinyConditional(3, 11), data, tmp.resolve("whole"), null).runDir();
        Path part = Trainer.train(tinyConditional(2, 11), data, tmp.resolve("part"), null).runDir();
        Checkpoint two = Checkpoint.load(part);
        assertThat(two.config()).isEqualTo(tinyConditional(2, 11));
        assertThat(two.model().architecture().conditional()).isTrue();
        assertThat(two.model().discriminator().output(LabelledImages.any(), false).shape()).containsExactly(1, 11);
        Trainer.resume(part, 3, data, null);
        Checkpoint w = Checkpoint.load(whole);
        Checkpoint p = Checkpoint.load(part);
        assertThat(p.model().generator().params()).isEqualTo(w.model().generator().params());
        assertThat(two.model().generatorAverage().decay()).as("the conditional default").isEqualTo(0.99);
        assertThat(p.model().generatorAverage().network().params().toFloatVector())
                .containsExactly(w.model().generatorAverage().network().params().toFloatVector());
        assertThat(p.model().sampler()).isSameAs(p.model().generatorAverage().network());
        assertThat(p.model().discriminator().params()).isEqualTo(w.model().discriminator().params());
        assertThat(p.model().discriminator().getUpdater().getStateViewArray())
                .isEqualTo(w.model().discriminator().getUpdater().getStateViewArray());
        assertThat(Metrics.read(part.resolve("metrics.csv")).stream().map(Metrics.Row::lossG).toList())
                .isEqualTo(Metrics.read(whole.resolve("metrics.csv")).stream().map(Metrics.Row::lossG).toList());
        for (String file : List.of(Checkpoint.FILE, "epoch-0003.png")) {
            assertThat(Files.mismatch(part.resolve(file), whole.resolve(file))).as(file + " differs at").isEqualTo(-1L);
        }
    }

    @Test
    void samplesOfOneDigitAsPngAndIdxAndDigitsRefusedWhereTheyDoNotFit() throws IOException {
        Path run = Trainer.train(tinyConditional(1, 3), labelledBlobs(16, 3), tmp, null).runDir();
        Checkpoint cp = Checkpoint.load(run);
        int[] sevens = Sampler.labels(cp.config(), 64, 7);
        assertThat(sevens).hasSize(64).containsOnly(7);
        Sampler.write(cp.model(), 64, 1, sevens, tmp.resolve("sevens.idx"));
        assertThat(Files.size(tmp.resolve("sevens.idx"))).isEqualTo(16 + 64 * 784);
        Sampler.write(cp.model(), 64, 1, sevens, tmp.resolve("sevens.png"));
        assertThat(ImageIO.read(tmp.resolve("sevens.png").toFile()).getWidth()).isGreaterThan(8 * 28);
        assertThat(Sampler.labels(cp.config(), 12, null)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1);
        assertThatThrownBy(() -> Sampler.labels(cp.config(), 4, 10))
                .hasMessage("digit: expected one of the run's digits 0-9, got 10");
        TrainConfig plain = TrainerTest.tiny(1, 3);
        assertThat(Sampler.labels(plain, 4, null)).isNull();
        assertThatThrownBy(() -> Sampler.labels(plain, 4, 7))
                .hasMessage("digit: this run was trained without --conditional, so its generator cannot be asked for"
                        + " a digit; leave out --digit 7, or sample a run trained with --conditional");
    }

    /** An input for D. */
    static final class LabelledImages {
        static INDArray any() {
            return org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 1, 28, 28);
        }
    }
}
