package dev.zatta.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.TrainConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine;

class MainTest {
    private static String[] run(int expectedExit, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute(args)).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void helpShowsEveryOptionWithDefaults() {
        String help = run(0, "--help")[0];
        assertThat(help.replaceAll("\\s+", " ")).contains("--out=DIR", "--checkpoint=GAN_RUN_DIR", "--gan-epochs=N",
                "--seed=S", "--posts=POST", "--quick", "--gan-runs=DIR", "(default: runs, where the main command writes)",
                "(default: the main command's 100; 3 with --quick)", "DCGAN, VB, FORMATTING, PACKAGING");
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy(@TempDir Path dir) {
        assertThat(run(2)[1]).contains("Missing required option: '--out=DIR'");
        assertThat(run(2, "--out", dir.toString(), "--gan-epochs", "x")[1])
                .contains("Invalid value for option '--gan-epochs': 'x' is not an int");
        assertThat(run(2, "--out", dir.toString(), "--posts", "blog")[1]).contains("--posts").contains("blog");
        Path missing = dir.resolve("no-such-run");
        assertThat(run(2, "--out", dir.toString(), "--checkpoint", missing.toString())[1])
                .contains("--checkpoint: '" + missing + "' is not a folder; expected a run folder written by "
                        + "java -jar gan/target/gan.jar train");
        assertThat(run(2, "--out", dir.toString(), "--quick", "--gan-epochs", "5")[1])
                .contains("--quick: sets --gan-epochs 3; expected one of --quick and --gan-epochs, got both "
                        + "(--gan-epochs 5)");
        assertThat(run(2, "--out", dir.toString(), "--gan-epochs", "0")[1])
                .contains("report: ganEpochs: expected at least 1 epoch, got 0");
    }

    @Test
    void aConditionalRunIsRefusedAsTheCheckpoint(@TempDir Path dir) throws Exception {
        TrainConfig conditional = TrainConfig.builder().digits("0-9").conditional(true).width(2).epochs(1).build();
        Dcgan model = Dcgan.create(conditional.architecture(), conditional.learningRate(), conditional.beta1(),
                conditional.seed()).withGeneratorAverage(conditional.ema());
        Path run = dir.resolve(conditional.runName());
        Files.createDirectories(run);
        new Checkpoint(conditional, 0, model, Nd4j.zeros(DataType.FLOAT, 64, conditional.zDim())).save(run);

        assertThat(run(2, "--out", dir.resolve("out").toString(), "--checkpoint", run.toString())[1])
                .contains("--checkpoint: '" + run + "' is a conditional run (train --conditional); expected a run of"
                        + " the blog's unconditional model");
        assertThat(dir.resolve("out")).as("nothing is written before the refusal").doesNotExist();
    }
}
