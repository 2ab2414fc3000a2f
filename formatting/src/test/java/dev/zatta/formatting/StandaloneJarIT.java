package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar runs alone: nothing but {@code target/formatting.jar} on the class path. */
class StandaloneJarIT {
    private static final Path JAR = Path.of("target", "formatting.jar");

    @Test
    void jarRunsWithNothingElse() throws IOException, InterruptedException {
        assertThat(JAR).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "a{b}")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("a{{b}}");
        assertThat(Files.size(JAR)).isLessThan(1_000_000);
    }
}
