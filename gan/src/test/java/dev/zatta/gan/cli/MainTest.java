package dev.zatta.gan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.Trainer;
import dev.zatta.gan.train.TrainerTestFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badLossIsRefusedNamingTheOption() {
        Run r = run("train", "--loss", "hinge", "--epochs", "1", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gan train: loss: expected softmax or sigmoid, got \"hinge\"");
    }

    @Test
    void badEngineIsRefusedNamingTheOption() {
        Run r = run("train", "--engine", "fast", "--epochs", "1", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("gan train: engine: expected one of layers, gemm, got \"fast\"" + System.lineSeparator());
    }

    @Test
    void trainsHelpShowsTheDefaultsOfTrainConfig() {
        Run r = run("train", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Images per step (default: 64)", "Epochs in all (default: 100)",
                "Dimension of the latent vector z (default: 100)", "(default: gemm)", "Adam's beta1 (default: 0.5)");
    }

    @Test
    void badDigitsAndMissingCheckpointAreRefused() {
        Run r = run("train", "--digits", "9-3", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("digits: expected a digit 0..9").contains("9-3");
        Run s = run("sample", "--checkpoint", tmp.toString(), "--out", tmp.resolve("x.png").toString());
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("checkpoint: expected a run folder holding checkpoint.zip");
    }

    @Test
    void sampleWritesIdxFromARun() throws Exception {
        TrainConfig c = TrainerTestFixtures.tiny(1, 2);
        Path runDir = Trainer.train(c, TrainerTestFixtures.blobs(16, 1), tmp, null).runDir();
        assertThat(runDir.resolve(Checkpoint.FILE)).exists();
        Path idx = tmp.resolve("s.idx");
        Run s = run("sample", "--checkpoint", runDir.toString(), "--n", "5", "--out", idx.toString());
        assertThat(s.code()).isZero();
        assertThat(Files.size(idx)).isEqualTo(16 + 5 * 784);
    }

    @Test
    void sampleDigitFromAConditionalRunAndRefusedForAnUnconditionalOne() throws Exception {
        TrainConfig c = TrainerTestFixtures.tiny(1, 2).toBuilder().digits("0-9").conditional(true).build();
        Path runDir = Trainer.train(c, TrainerTestFixtures.labelledBlobs(20, 1), tmp, null).runDir();
        Path idx = tmp.resolve("sevens.idx");
        Run s = run("sample", "--checkpoint", runDir.toString(), "--digit", "7", "--n", "64", "--out", idx.toString());
        assertThat(s.code()).isZero();
        assertThat(Files.size(idx)).isEqualTo(16 + 64 * 784);
        Path plain = Trainer.train(TrainerTestFixtures.tiny(1, 2), TrainerTestFixtures.blobs(16, 1), tmp, null)
                .runDir();
        Run refused = run("sample", "--checkpoint", plain.toString(), "--digit", "7", "--out",
                tmp.resolve("x.png").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("gan sample: digit: this run was trained without --conditional,"
                + " so its generator cannot be asked for a digit; leave out --digit 7, or sample a run trained with"
                + " --conditional");
        Run sigmoid = run("train", "--conditional", "--loss", "sigmoid", "--out", tmp.toString());
        assertThat(sigmoid.code()).isEqualTo(2);
        assertThat(sigmoid.err().strip()).isEqualTo("gan train: loss: --conditional trains D as a softmax over the 10"
                + " digits and fake (K + 1 classes, Salimans et al. 2016); expected softmax, got sigmoid");
    }

    @Test
    void classifierTrainsOnADataFolderAndReportsItsTestSplitAccuracy() throws Exception {
        dev.zatta.gan.data.MnistData digits = dev.zatta.gan.data.MnistData.embedded();
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        for (String split : new String[] {"train-", "t10k-"}) {
            int n = split.equals("train-") ? 200 : 50;
            int stride = digits.size() / n; // the embedded digits are grouped by label: spread the picks
            int from = split.equals("train-") ? 0 : stride / 2;
            java.util.List<float[]> images = new java.util.ArrayList<>();
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                images.add(digits.image(from + i * stride));
                labels[i] = digits.label(from + i * stride);
            }
            dev.zatta.gan.data.Idx.writeImages(data.resolve(split + "images-idx3-ubyte"), images, 28, 28);
            dev.zatta.gan.data.Idx.writeLabels(data.resolve(split + "labels-idx1-ubyte"), labels);
        }
        Run r = run("classifier", "--data", data.toString(), "--epochs", "1", "--out", tmp.resolve("c").toString());
        assertThat(r.code()).as(r.err()).isZero();
        dev.zatta.gan.eval.MnistClassifier written = dev.zatta.gan.eval.MnistClassifier.load(
                tmp.resolve("c").resolve("mnist-classifier.zip"));
        assertThat(written.info().trainSize() + written.info().heldOutSize()).isEqualTo(200);
        assertThat(r.out()).containsPattern("held-out accuracy [01]\\.\\d{4} \\(" + written.info().heldOutSize()
                + " images of .*train-images-idx3-ubyte\\)");
        // the printed test accuracy is that of the written classifier on the folder's t10k- split
        double test = written.accuracy(dev.zatta.gan.data.MnistData.readTest(data));
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "test accuracy %.4f (50 images of ", test));
    }

    @Test
    void badBenchOptionsAreRefusedBeforeAnythingRuns() {
        Run r = run("bench", "--rounds", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("gan bench: --rounds: expected >= 1, got 0" + System.lineSeparator());
        Run t = run("bench", "--torch-threads", "2,0");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).isEqualTo("gan bench: --torch-threads: expected counts >= 1, got 0" + System.lineSeparator());
        Run s = run("bench", "--steps", "0");
        assertThat(s.err()).isEqualTo("gan bench: --steps: expected >= 1, got 0" + System.lineSeparator());
    }

    @Test
    void aTruncatedCheckpointIsRefusedNamingTheFileAndWhatToDo() throws Exception {
        Path runDir = Trainer.train(TrainerTestFixtures.tiny(1, 2), TrainerTestFixtures.blobs(16, 1), tmp, null).runDir();
        Path file = runDir.resolve(Checkpoint.FILE);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 100));
        Run s = run("sample", "--checkpoint", runDir.toString(), "--out", tmp.resolve("x.png").toString());
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).isEqualTo("gan sample: checkpoint: " + file + " is truncated or damaged (zip END header "
                + "not found), so the run cannot continue from it; copy an intact checkpoint.zip of this run into "
                + runDir + ", or delete " + runDir + " and start the run again with train" + System.lineSeparator());
        Run t = run("train", "--resume", runDir.toString(), "--epochs", "3");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).startsWith("gan train: checkpoint: " + file + " is truncated or damaged");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @Test
    void commandsListed() {
        Run r = run("--help");
        assertThat(r.out()).contains("train", "sample", "evaluate", "bench");
    }
}
