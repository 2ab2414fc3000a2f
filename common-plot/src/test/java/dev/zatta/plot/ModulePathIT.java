package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar works as a named module: module-info's requires (dev.zatta.io, JFreeChart as the automatic
 * module org.jfree.jfreechart, JFreeSVG as org.jfree.svg) resolve and the gallery draws on the module path.
 */
class ModulePathIT {
    @Test
    void galleryRunsOnTheModulePath(@TempDir Path out) throws IOException, InterruptedException {
        Path jar = Path.of("target", "common-plot.jar"); // the name the parent pom gives every module's jar
        assertThat(jar).isRegularFile();
        // the packaged jar, and where its dependencies were loaded from here (jars, or common-io's classes folder)
        List<String> modulePath = new ArrayList<>(List.of(jar.toString(), location(AtomicFile.class),
                location(JFreeChart.class), location(SVGGraphics2D.class)));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--module-path",
                modulePath.stream().collect(Collectors.joining(File.pathSeparator)),
                "-m", "dev.zatta.plot/dev.zatta.plot.examples.Gallery", out.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        assertThat(log).contains("wrote 5 figures");
        assertThat(out.resolve("image-grid.png")).exists();
    }

    private static String location(Class<?> cls) {
        try {
            return Path.of(cls.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
