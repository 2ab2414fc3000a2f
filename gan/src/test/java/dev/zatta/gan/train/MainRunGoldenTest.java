package dev.zatta.gan.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.StepResult;
import dev.zatta.gan.model.TrainingStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The first 30 steps (two epochs of 15) of the README's main run, {@code train --digits 0 --epochs 100}
 * (seed 1, the embedded zeros, the blog's sizes, the default engine), give the same losses and P(real) means
 * to the last bit as the code that recorded {@code main-run-30-steps.csv}; and the first epoch through DL4J's
 * own layers those of {@code main-run-15-steps-layers.csv}. The number of epochs does not change a step, so
 * a 2-epoch run repeats the main run's first 30 steps.
 *
 * <p>The recorded bits are those of this project's build (ND4J 1.0.0-M2.1 natives, OpenBLAS) on its x86-64
 * machine with one thread ({@code OMP_NUM_THREADS=1}, as {@code gan/pom.xml} runs the tests): ND4J's results
 * depend on its thread count, and another CPU's BLAS kernels may round differently. So each file has a second
 * recording, {@code avx512/<name>}, made on a machine whose CPU has AVX-512 (there the kernels differ from step
 * 1 on, by about 1e-7 relative), the layers file a third, {@code amd-epyc/<name>}, and a run must equal one of
 * them bit for bit. {@link #main} prints the
 * files; a CPU that matches neither needs a third recording from it.
 */
public class MainRunGoldenTest {
    /**
     * The folders, relative to a recording's usual place, that may hold a recording of it: this project's
     * machine's, the AVX-512 machine's, then an AMD EPYC machine's (only the layers file, the one that differs
     * there). The first must hold every file.
     */
    public static final List<String> RECORDING_FOLDERS = List.of("", "avx512/", "amd-epyc/");

    static final String HEADER = "step,loss_d,loss_g,d_x,d_g_z";

    /** The main run's configuration with 2 epochs: the README's command's first 30 steps. */
    static TrainConfig firstTwoEpochs() {
        return TrainConfig.defaults(2, 1);
    }

    /** One line per step: the step and the raw bits of each double in hex. */
    static List<String> lines(List<Metrics.Row> rows) {
        List<String> out = new ArrayList<>();
        for (Metrics.Row r : rows) {
            out.add(String.format(Locale.ROOT, "%d,%s,%s,%s,%s", r.step(), bits(r.lossD()), bits(r.lossG()),
                    bits(r.dX()), bits(r.dGz())));
        }
        return out;
    }

    private static String bits(double v) {
        return String.format(Locale.ROOT, "%016x", Double.doubleToRawLongBits(v));
    }

    /** The data lines of a recorded resource, without the decimal values that follow a space. */
    static List<String> recorded(String resource) throws IOException {
        try (InputStream in = MainRunGoldenTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank() && !line.equals(HEADER)) {
                    out.add(line.split(" ")[0]);
                }
            }
            return out;
        }
    }

    /** The recordings of {@code resource}, one per {@link #RECORDING_FOLDERS folder}. */
    static List<List<String>> recordings(String resource) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String folder : RECORDING_FOLDERS) {
            if (folder.isEmpty() || MainRunGoldenTest.class.getResource(folder + resource) != null) {
                out.add(recorded(folder + resource));
            }
        }
        return out;
    }

    @Test
    void theMainRunsFirstThirtyStepsAreBitForBitThoseRecorded(@TempDir Path tmp) throws IOException {
        assertThat(System.getenv("OMP_NUM_THREADS")).as("the recorded bits are of one ND4J thread").isEqualTo("1");
        TrainConfig config = firstTwoEpochs();
        List<Metrics.Row> rows = Trainer.train(config, Trainer.images(config), tmp, null).metrics();
        assertThat(rows).hasSize(30);
        assertThat(recordings("main-run-30-steps.csv")).as("the recordings of the first 30 steps").contains(lines(rows));
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // DL4J's layers take half a minute for these 15 steps
    void theMainRunsFirstEpochThroughDl4jsLayersIsBitForBitThatRecorded() throws IOException {
        assertThat(System.getenv("OMP_NUM_THREADS")).as("the recorded bits are of one ND4J thread").isEqualTo("1");
        List<Metrics.Row> rows = firstEpochWithLayers(firstTwoEpochs());
        assertThat(recordings("main-run-15-steps-layers.csv")).as("the recordings of the first epoch through DL4J's"
                + " layers").contains(lines(rows));
    }

    /** Trainer's first epoch, its data order and latent vectors, with each step through DL4J's layers. */
    static List<Metrics.Row> firstEpochWithLayers(TrainConfig config) {
        List<float[]> images = Trainer.images(config);
        Dcgan model = Dcgan.create(config.architecture(), config.learningRate(), config.beta1(), config.seed());
        TrainingStep step = Engine.LAYERS.stepFor(model);
        SplittableRandom rng = Trainer.epochRandom(config.seed(), 1);
        int[] order = Trainer.permutation(images.size(), rng.split());
        SplittableRandom zRng = rng.split();
        List<Metrics.Row> rows = new ArrayList<>();
        for (int s = 0; s < images.size() / config.batchSize(); s++) {
            INDArray real = Images.batch(images, order, s * config.batchSize(), config.batchSize());
            INDArray z = Images.latent(zRng, config.batchSize(), config.zDim());
            StepResult r = step.step(real, z);
            rows.add(new Metrics.Row(1, model.steps(), r.lossD(), r.lossG(), r.dReal(), r.dFake(), 0));
        }
        return rows;
    }

    /**
     * Prints a resource's data lines for the current code (how they were recorded): with no argument the
     * default engine's 30 steps, with {@code layers} the first epoch (15 steps) through DL4J's own layers.
     */
    public static void main(String[] args) throws IOException {
        TrainConfig config = firstTwoEpochs();
        List<Metrics.Row> rows;
        if (args.length > 0 && args[0].equals("layers")) {
            rows = firstEpochWithLayers(config);
        } else {
            Path tmp = Files.createTempDirectory("golden");
            rows = Trainer.train(config, Trainer.images(config), tmp, null).metrics();
        }
        List<String> lines = lines(rows);
        System.out.println(HEADER);
        for (int i = 0; i < rows.size(); i++) {
            Metrics.Row r = rows.get(i);
            System.out.println(lines.get(i) + String.format(Locale.ROOT, " %.17g %.17g %.17g %.17g", r.lossD(),
                    r.lossG(), r.dX(), r.dGz()));
        }
    }
}
