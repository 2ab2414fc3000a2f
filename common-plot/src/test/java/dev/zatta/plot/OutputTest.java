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
    void replacesAnExistingFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.svg");
        Files.writeString(file, "old");
        Output.writeAtomically(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(dir.toFile().list()).containsExactly("out.svg");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.png");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> Output.writeAtomically(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(dir.toFile().list()).containsExactly("out.png");
    }
}
