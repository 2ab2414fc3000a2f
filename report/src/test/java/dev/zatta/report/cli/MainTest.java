package dev.zatta.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
