package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DcganPostTest {
    @Test
    void picksFirstLastAndEvenlySpaced() {
        List<Integer> ten = IntStream.rangeClosed(1, 10).boxed().toList();
        assertThat(DcganPost.pick(ten, 4)).containsExactly(1, 4, 7, 10);
        assertThat(DcganPost.pick(ten, 2)).containsExactly(1, 10);
        assertThat(DcganPost.pick(List.of(1, 2, 3), 4)).containsExactly(1, 2, 3);
    }

    @Test
    void refusesAFolderThatIsNotARun(@TempDir Path dir) throws Exception {
        Path notRun = Files.createDirectories(dir.resolve("empty"));
        ReportConfig c = ReportConfig.builder(dir.resolve("out")).checkpoint(notRun).build();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
        assertThatThrownBy(() -> DcganPost.section(c, quiet)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checkpoint: '" + notRun + "' has no epoch-NNNN.png; expected a run folder written by "
                        + "java -jar gan/target/gan.jar train");
    }
}
