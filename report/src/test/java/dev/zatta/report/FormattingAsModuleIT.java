package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * formatting's jar as a named module, the way a user runs one: a module that {@code requires
 * dev.zatta.formatting} is compiled against {@code formatting/target/formatting.jar} alone and started with a
 * plain {@code java --module-path ... -m} (the boot layer; packaging-demo's {@code FormattingModuleIT} covers
 * in-process layers and the doctor), and the jar's descriptor, as {@code java --describe-module} prints it,
 * exports the API and needs nothing at run time.
 */
class FormattingAsModuleIT {
    static final Path JAR = Repo.root().resolve("formatting/target/formatting.jar");

    @Test
    void aModuleThatRequiresFormattingFormatsTheBlogsRunTitleOnThePlainModulePath(@TempDir Path dir) throws Exception {
        assertThat(JAR).isRegularFile();
        Path info = write(dir.resolve("src/user/module-info.java"), """
                module user {
                    requires dev.zatta.formatting;
                }
                """);
        Path main = write(dir.resolve("src/user/user/Main.java"), """
                package user;

                import dev.zatta.formatting.Template;
                import java.util.Map;

                public class Main {
                    public static void main(String[] args) {
                        String title = Template.compile("estimator-{estimator}_gamma-{gamma:.2f}")
                                .format(Map.of("estimator", "svm", "gamma", 0.16666));
                        System.out.println(title + " by module " + Template.class.getModule().getName()
                                + " for module " + Main.class.getModule().getName());
                    }
                }
                """);
        Path out = dir.resolve("mods/user");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8),
                "--module-path", JAR.toString(), "-d", out.toString(), info.toString(), main.toString());
        assertThat(rc).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();

        Repo.Run r = Repo.run(dir, List.of(Repo.java(), "--module-path", JAR + File.pathSeparator + dir.resolve("mods"),
                "-m", "user/user.Main"), 60);
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo("estimator-svm_gamma-0.17 by module dev.zatta.formatting for module user\n");
    }

    @Test
    void theJarsDescriptorExportsTheApiAndRequiresOnlyJavaBaseAtRunTime() throws Exception {
        Repo.Run r = Repo.run(Repo.root(), List.of(Repo.java(), "--module-path", JAR.toString(), "--describe-module",
                "dev.zatta.formatting"), 60);
        assertThat(r.exitCode()).as("stderr: %s", r.stderr()).isZero();
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("dev.zatta.formatting@");
        assertThat(lines).filteredOn(l -> l.startsWith("exports "))
                .containsExactly("exports dev.zatta.formatting", "exports dev.zatta.formatting.text");
        assertThat(lines).filteredOn(l -> l.startsWith("requires "))
                .containsExactlyInAnyOrder("requires java.base mandated", "requires org.apache.commons.text static");
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
