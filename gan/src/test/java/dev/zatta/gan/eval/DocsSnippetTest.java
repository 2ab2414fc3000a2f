package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.data.Idx;
import dev.zatta.gan.data.DigitSpec;
import dev.zatta.gan.data.MnistData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Java example of gan/docs/data-and-eval.md and checks that the document shows this very code. */
class DocsSnippetTest {
    private static final Path DOC = Path.of("docs/data-and-eval.md");

    @Test
    void theDocumentedExampleRuns(@TempDir Path dir) {
        Path out = dir.resolve("zeros-idx3-ubyte");
        // snippet-start
        MnistData zeros = MnistData.embedded().select(DigitSpec.parse("0"));
        List<float[]> samples = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            samples.add(zeros.image(i)); // a generator's images, mapped to [0, 1]
        }
        Idx.writeImages(out, samples, 28, 28);
        QualityReport report = QualityEvaluator.shipped().evaluate(Idx.readImages(out).images(), Set.of(0));
        System.out.println(report.toJson());
        // snippet-end
        assertThat(report.n()).isEqualTo(64);
        assertThat(report.recognisedShare()).isGreaterThan(0.9);
    }

    @Test
    void theDocumentShowsThisCode() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("a java block in %s", DOC).isTrue();
        String source = Files.readString(Path.of("src/test/java/dev/zatta/gan/eval/DocsSnippetTest.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// snippet-start\n") + "// snippet-start\n".length(),
                source.indexOf("        // snippet-end"));
        assertThat(strip(m.group(1))).isEqualTo(strip(snippet));
    }

    private static String strip(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
