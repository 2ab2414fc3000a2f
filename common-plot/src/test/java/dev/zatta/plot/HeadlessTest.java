package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlessTest {
    @Test
    void awtIsHeadlessAfterEnsure() {
        assertThat(Headless.ensure()).isTrue();
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void drawingMakesAwtHeadlessWithoutTheCallerSettingIt() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HeadlessProbe.class.getName()));
        pb.redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("before=null").contains("after=true headless=true width=480");
    }
}
