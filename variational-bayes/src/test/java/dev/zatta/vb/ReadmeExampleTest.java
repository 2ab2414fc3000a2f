package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java snippet is this test's body, line for line (checked), and it runs. */
class ReadmeExampleTest {
    @Test
    void readmeSnippetRuns() {
        // README BEGIN
        double[][] data = SyntheticData.blog().sample(20, 2017);              // t = sin(πx) + N(0, 0.5²)
        VbConfig config = VbConfig.builder(Basis.gaussian(new double[] {-1, -0.5, 0, 0.5, 1}, 10))
                .alphaPrior(1, 1)       // α ~ Gam(a0, b0)
                .betaPrior(1, 1)        // β ~ Gam(c0, d0); .fixedBeta(10) for PRML's α-only variant
                .build();
        VbPosterior fit = VariationalLinearRegression.fit(config, data[0], data[1]);
        Prediction p = fit.predict(0.5);
        double[] interval = p.interval(0.95);                                  // Student-t noise, ν = 2c_N
        System.out.printf("L = %.4f after %d sweeps (converged: %s), E[α] = %.3g, E[β] = %.3g%n",
                fit.lowerBound(), fit.iterations(), fit.converged(), fit.expectedAlpha(), fit.expectedBeta());
        System.out.printf("t(0.5) = %.3f ± %.3f (plug-in ± %.3f), 95%%: [%.3f, %.3f]%n",
                p.mean(), p.sd(), p.sdPlugin(), interval[0], interval[1]);
        // README END
        assertThat(fit.converged()).isTrue();
        assertThat(p.sd()).isGreaterThan(p.sdPlugin());
        assertThat(interval[0]).isLessThan(p.mean() - p.sd());
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
        List<String> readme = new ArrayList<>();
        in = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (in && line.startsWith("```")) {
                break;
            }
            if (in) {
                readme.add(line.strip());
            }
            if (line.equals("```java")) {
                in = true;
            }
        }
        assertThat(readme).isEqualTo(test);
    }
}
