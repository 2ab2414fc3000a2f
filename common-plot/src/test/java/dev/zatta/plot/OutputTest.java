package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    @Test
    void formatComesFromTheExtensionInAnyCase() {
        assertThat(Output.formatOf(Path.of("a/b.png"))).isEqualTo(Output.Format.PNG);
        assertThat(Output.formatOf(Path.of("b.PNG"))).isEqualTo(Output.Format.PNG);
        assertThat(Output.formatOf(Path.of("b.Svg"))).isEqualTo(Output.Format.SVG);
        assertThatThrownBy(() -> Output.formatOf(Path.of("b.pdf")))
                .hasMessage("unsupported file extension '.pdf' in 'b.pdf'; expected .png or .svg");
    }

    @Test
    void saveReplacesAnExistingFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.svg");
        Files.writeString(file, "old");
        Output.save(file, 120, 80, g -> g.drawString("new", 10, 40));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<?xml").contains(">new</text>")
                .isEqualTo(Output.svg(120, 80, g -> g.drawString("new", 10, 40)));
        assertThat(dir.toFile().list()).containsExactly("out.svg");
    }

    @Test
    void aFigureThatFailsToDrawKeepsTheOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"out.png", "out.svg"}) {
            Path file = dir.resolve(name);
            Files.writeString(file, "old");
            assertThatThrownBy(() -> Output.save(file, 120, 80, g -> {
                g.drawLine(0, 0, 10, 10);
                throw new IllegalStateException("no data");
            })).hasMessage("no data");
            assertThat(Files.readString(file)).as(name).isEqualTo("old");
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("out.png", "out.svg");
    }
}
