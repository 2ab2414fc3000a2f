package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippet is {@link #snippet()}'s body, line for line, and what it prints is the
 * README's output block after it, character for character.
 */
class ReadmeExampleTest {
    static void snippet() {
        // README BEGIN
        double[][] data = SyntheticData.blog().sample(20, 2017);              // t = sin(πx) + N(0, 0.5²)
        VbConfig config = VbConfig.builder(Basis.gaussian(new double[] {-1, -0.5, 0, 0.5, 1}, 10))
                .alphaPrior(1, 1)       // α ~ Gam(a0, b0)
                .betaPrior(1, 1)        // β ~ Gam(c0, d0); .fixedBeta(10) for PRML's α-only variant
                .build();               // restarts: Restarts.GRID, the highest bound of 34 starts
        VbPosterior fit = VariationalLinearRegression.fit(config, data[0], data[1]);
        Prediction p = fit.predict(0.5);
        double[] interval = p.interval(0.95);                                  // Student-t noise, ν = 2c_N
        System.out.printf(Locale.ROOT, "L = %.4f after %d sweeps (converged: %s), E[α] = %.3g, E[β] = %.3g%n",
                fit.lowerBound(), fit.iterations(), fit.converged(), fit.expectedAlpha(), fit.expectedBeta());
        System.out.printf(Locale.ROOT, "best of %d starts: %s%n", fit.attempts().size(), fit.start().describe());
        System.out.printf(Locale.ROOT, "t(0.5) = %.3f ± %.3f (plug-in ± %.3f), 95%%: [%.3f, %.3f]%n",
                p.mean(), p.sd(), p.sdPlugin(), interval[0], interval[1]);
        // README END
    }

    /** The README's blocks: the first {@code java} block and the next block, its output ({@code text}). */
    static List<List<String>> readmeBlocks() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int java = lines.indexOf("```java");
        int javaEnd = lines.subList(java + 1, lines.size()).indexOf("```") + java + 1;
        int text = javaEnd + 1;
        while (!lines.get(text).startsWith("```")) {
            text++;
        }
        assertThat(lines.get(text)).as("the next block after the Java snippet").isEqualTo("```text");
        int textEnd = lines.subList(text + 1, lines.size()).indexOf("```") + text + 1;
        return List.of(lines.subList(java + 1, javaEnd), lines.subList(text + 1, textEnd));
    }

    @Test
    void readmeSnippetPrintsExactlyTheReadmesOutput() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            snippet();
        } finally {
            System.setOut(out);
        }
        List<String> shown = readmeBlocks().get(1);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(shown);
    }

    @Test
    void readmeShowsExactlyThisSnippet() throws IOException {
        List<String> test = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("src/test/java/dev/zatta/vb/ReadmeExampleTest.java"))) {
            if (line.strip().equals("// README END")) {
                in = false;
            }
            if (in) {
                test.add(line.strip());
            }
            if (line.strip().equals("// README BEGIN")) {
                in = true;
            }
        }
        assertThat(readmeBlocks().get(0).stream().map(String::strip).toList()).isEqualTo(test);
    }
}
