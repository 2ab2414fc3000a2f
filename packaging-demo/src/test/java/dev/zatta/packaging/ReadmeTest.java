package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.packaging.cases.Cases;
import dev.zatta.packaging.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Keeps the README true without running anything: its commands parse and every case has its section.
 * {@link ReadmeIT} compares its output blocks with real output and runs its Java snippet.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");

    @Test
    void everyCaseHasASectionAndEveryFindingKindIsShownOrNamed() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (String name : Cases.names()) {
            assertThat(readme).as(name).contains("### " + name + ": ");
        }
        for (Finding.Kind kind : Finding.Kind.values()) {
            if (kind != Finding.Kind.INVALID_MODULE) {
                assertThat(readme).as(kind.name()).contains(kind.name());
            }
        }
    }

    @Test
    void everyPackagingDemoCommandInTheReadmeParses() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("java -jar packaging-demo/target/packaging-demo\\.jar ([^\\n;|#]*)").matcher(readme);
        int count = 0;
        while (m.find()) {
            String line = m.group(1).replaceAll("\\s+2>.*$", "").strip()
                    .replace("CHARSET", "UTF-8"); // the usage lines' placeholders; PATH, ROOT, DIR parse as they are
            List<String> args = new ArrayList<>(List.of(line.split("\\s+")));
            new CommandLine(new Main()).parseArgs(args.toArray(String[]::new)); // throws on an unknown option
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(10);
    }
}
