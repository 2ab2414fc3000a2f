package dev.zatta.vb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: generate | fit --data - (stdin), and exit code 2 on bad data. */
class JarIT {
    static final Path JAR = Path.of("target", "variational-bayes.jar");

    record Result(int code, String out, String err) {
    }

    static Result java(Path dir, String stdinFrom, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        if (stdinFrom != null) {
            pb.redirectInput(dir.resolve(stdinFrom).toFile());
        }
        int code = pb.start().waitFor();
        return new Result(code, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void generateThenFitFromStdin(@TempDir Path dir) throws Exception {
        Result gen = java(dir, null, "generate", "--n", "2000", "--seed", "4");
        assertThat(gen.code()).as(gen.err()).isZero();
        Files.writeString(dir.resolve("data.csv"), gen.out());
        assertThat(gen.out().lines().count()).isEqualTo(2001);
        Result fit = java(dir, "data.csv", "fit", "--data", "-", "--json", "fit.json");
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(fit.out()).startsWith("fit: N=2000 M=5 ").contains("converged=true").endsWith("-> fit.json\n");
        assertThat(Files.readString(dir.resolve("fit.json"))).contains("\"lowerBoundTrace\"", "\"sdPlugin\"");
    }

    /** generate --data prml-cubic writes PRML Fig. 10.9's data, which select reads from stdin. */
    @Test
    void generateThePrmlDataThenSelectFromStdin(@TempDir Path dir) throws Exception {
        Result gen = java(dir, null, "generate", "--data", "prml-cubic");
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).isEqualTo(CliTest.csv(dev.zatta.vb.Figures.prmlData()));
        Files.writeString(dir.resolve("prml-cubic.csv"), gen.out());
        Result sel = java(dir, "prml-cubic.csv", "select", "--data", "-", "--fixed-beta", "11.111111111111111",
                "--alpha-prior", "1e-3,1e-3", "--json", "select.json");
        assertThat(sel.code()).as(sel.err()).isZero();
        assertThat(sel.out()).contains("best: degree 3 (L = ").endsWith("-> select.json\n");
        assertThat(Files.readString(dir.resolve("select.json"))).contains("\"data\": \"stdin\"", "\"fixed\": 11.11");
    }

    @Test
    void badDataExitsWithTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "0.5,1\n0.25\n");
        Result fit = java(dir, null, "fit", "--data", "bad.csv");
        assertThat(fit.code()).isEqualTo(2);
        assertThat(fit.err()).isEqualTo("error: bad.csv:2: expected 2 columns (x,t), got 1 in \"0.25\"\n");
        assertThat(fit.out()).isEmpty();
    }
}
