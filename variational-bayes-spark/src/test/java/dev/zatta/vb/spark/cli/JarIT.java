package dev.zatta.vb.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zatta.vb.Basis;
import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as `java -jar` in processes of its own with nothing but the JDK's java and no
 * JVM options: the manifest's Add-Opens is what gives Spark its --add-opens there, and a fit runs.
 */
class JarIT {
    static final Path JAR = Path.of("target", "variational-bayes-spark.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Run(int code, String out, String err) {
    }

    static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(Arrays.asList(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out), Files.readString(err));
    }

    static Run jar(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        return java(dir, command.toArray(String[]::new));
    }

    @Test
    void theManifestCarriesSparksAddOpensAndJavaAppliesThem(@TempDir Path dir) throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String opens = jar.getManifest().getMainAttributes().getValue("Add-Opens");
            assertThat(Arrays.asList(opens.split(" "))).containsExactlyElementsOf(ModuleOptions.sparkAddOpens());
        }
        assertThat(jar(dir, "--version").out()).endsWith("15 of Spark's 15 --add-opens in effect\n");
        // the same classes from the class path, without the manifest: none
        String classPath = JAR + File.pathSeparator + JAR.resolveSibling("lib") + File.separator + "*";
        assertThat(java(dir, "-cp", classPath, "dev.zatta.vb.spark.cli.Main", "--version").out())
                .endsWith("0 of Spark's 15 --add-opens in effect\n");
    }

    @Test
    void fitRunsAsJavaJarWithWarningsOnlyLogging(@TempDir Path dir) throws Exception {
        // generate is tested in process (CliTest); here one Spark process: the fit of a CSV file
        Path csv = CliTest.csv(dir, "rows.csv", 20_000, 3);
        double[][] rows = SyntheticData.blog().sample(20_000, 3);
        Path json = dir.resolve("fit.json");
        Run fit = jar(dir, "fit", "--data", csv.toString(), "--master", "local[2]", "--json", json.toString());
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(fit.out()).startsWith("fit: N=20000 M=5 ").endsWith(" -> " + json + "\n");
        assertThat(fit.err()).doesNotContain(" INFO ").doesNotContain("Exception");

        VbPosterior single = VariationalLinearRegression.fit(
                VbConfig.builder(Basis.gaussian(new double[] {-1, -0.5, 0, 0.5, 1}, 10)).build(), rows[0], rows[1]);
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.get("n").asLong()).isEqualTo(20_000);
        double[] mean = single.mean();
        for (int i = 0; i < mean.length; i++) {
            assertThat(doc.get("mean").get(i).asDouble()).isCloseTo(mean[i],
                    within(1e-10 * Math.abs(mean[i])));
        }
        assertThat(doc.get("lowerBound").asDouble()).isCloseTo(single.lowerBound(),
                within(1e-10 * Math.abs(single.lowerBound())));
    }
}
