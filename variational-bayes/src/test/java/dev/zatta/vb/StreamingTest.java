package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed statistics equal the in-memory ones; the fit depends on the data only through them. */
class StreamingTest {
    final Basis basis = GaussianBasis.evenlySpaced(10, -1, 1, 10);

    static void assertSameStatistics(SufficientStatistics a, SufficientStatistics b, double rel) {
        assertThat(a.count()).isEqualTo(b.count());
        assertThat(a.size()).isEqualTo(b.size());
        double[] ga = a.gram();
        double[] gb = b.gram();
        for (int i = 0; i < ga.length; i++) {
            assertThat(ga[i]).isCloseTo(gb[i], within(rel * Math.abs(gb[i]) + 1e-300));
        }
        double[] pa = a.projection();
        double[] pb = b.projection();
        for (int i = 0; i < pa.length; i++) {
            assertThat(pa[i]).isCloseTo(pb[i], within(rel * Math.sqrt(gb[i * b.size() + i] * b.targetSquares())));
        }
        assertThat(a.targetSquares()).isCloseTo(b.targetSquares(), within(rel * b.targetSquares()));
    }

    @Test
    void rowByRowEqualsChunkedParallelAndNaiveSums() {
        double[][] d = SyntheticData.blog().sample(300_000, 1);
        SufficientStatistics parallel = SufficientStatistics.of(basis, d[0], d[1]);
        SufficientStatistics.Accumulator acc = SufficientStatistics.accumulator(basis);
        SyntheticData.blog().forEach(300_000, 1, acc::add);
        assertSameStatistics(acc.snapshot(), parallel, 1e-12);
        // a naive, direct sum with exp per entry
        double[] g = new double[100];
        double tt = 0;
        for (int n = 0; n < d[0].length; n++) {
            double[] phi = new double[10];
            for (int j = 0; j < 10; j++) {
                double c = -1 + 2.0 * j / 9;
                phi[j] = Math.exp(-10 * (d[0][n] - c) * (d[0][n] - c));
            }
            for (int j = 0; j < 10; j++) {
                for (int k = 0; k < 10; k++) {
                    g[j * 10 + k] += phi[j] * phi[k];
                }
            }
            tt += d[1][n] * d[1][n];
        }
        for (int i = 0; i < 100; i++) {
            assertThat(parallel.gram()[i]).isCloseTo(g[i], within(1e-11 * Math.abs(g[i]) + 1e-300));
        }
        assertThat(parallel.targetSquares()).isCloseTo(tt, within(1e-11 * tt));
    }

    @Test
    void parallelResultDoesNotDependOnScheduling() {
        double[][] d = SyntheticData.blog().sample(200_000, 2);
        SufficientStatistics a = SufficientStatistics.of(basis, d[0], d[1]);
        SufficientStatistics b = SufficientStatistics.of(basis, d[0], d[1]);
        assertThat(a.gram()).containsExactly(b.gram());
        assertThat(a.projection()).containsExactly(b.projection());
    }

    @Test
    void streamedCsvFitEqualsInMemoryFit(@TempDir Path dir) throws IOException {
        double[][] d = SyntheticData.blog().sample(5000, 3);
        StringBuilder csv = new StringBuilder("x,t\n");
        for (int i = 0; i < d[0].length; i++) {
            csv.append(String.format(Locale.ROOT, "%s,%s%n", Double.toString(d[0][i]), Double.toString(d[1][i])));
        }
        Path file = dir.resolve("data.csv");
        Files.writeString(file, csv);
        VbConfig config = VbConfig.builder(basis).build();
        VbPosterior streamed = VariationalLinearRegression.fit(config, CsvData.accumulate(file, basis));
        VbPosterior inMemory = VariationalLinearRegression.fit(config, d[0], d[1]);
        assertThat(streamed.mean()).containsExactly(inMemory.mean(), within(1e-12));
        assertThat(streamed.lowerBound()).isCloseTo(inMemory.lowerBound(), within(1e-9));
        assertThat(streamed.iterations()).isEqualTo(inMemory.iterations());

        double[][] back = CsvData.read(new StringReader(csv.toString()), "mem");
        assertThat(back[0]).containsExactly(d[0]);
        assertThat(back[1]).containsExactly(d[1]);
    }

    @Test
    void mergingAccumulatorsEqualsOnePass() {
        double[][] d = SyntheticData.prmlCubic().sample(3000, 4);
        SufficientStatistics.Accumulator a = SufficientStatistics.accumulator(basis);
        SufficientStatistics.Accumulator b = SufficientStatistics.accumulator(basis);
        a.addAll(d[0], d[1], 0, 1234);
        b.addAll(d[0], d[1], 1234, 3000);
        a.merge(b);
        assertSameStatistics(a.snapshot(), SufficientStatistics.of(basis, d[0], d[1]), 1e-13);
        assertThat(a.count()).isEqualTo(3000);
    }

    @Test
    void statisticsOfPartsAddUpToThoseOfTheWhole() {
        double[][] d = SyntheticData.blog().sample(5000, 5);
        SufficientStatistics.Accumulator a = SufficientStatistics.accumulator(basis);
        SufficientStatistics.Accumulator b = SufficientStatistics.accumulator(basis);
        a.addAll(d[0], d[1], 0, 1700);
        b.addAll(d[0], d[1], 1700, 5000);
        SufficientStatistics left = a.snapshot();
        SufficientStatistics right = b.snapshot();
        SufficientStatistics sum = left.plus(right);
        a.merge(b);
        SufficientStatistics merged = a.snapshot();
        // the same additions as merging the accumulators: bit for bit
        assertThat(sum.gram()).containsExactly(merged.gram());
        assertThat(sum.projection()).containsExactly(merged.projection());
        assertThat(sum.targetSquares()).isEqualTo(merged.targetSquares());
        assertThat(sum.count()).isEqualTo(5000);
        assertSameStatistics(sum, SufficientStatistics.of(basis, d[0], d[1]), 1e-13);
        // the operands are unchanged
        assertThat(left.count()).isEqualTo(1700);
        assertThat(right.count()).isEqualTo(3300);
    }

    @Test
    void statisticsOfDifferentSizesDoNotAdd() {
        SufficientStatistics five = SufficientStatistics.of(Basis.polynomial(4), new double[] {1}, new double[] {2});
        SufficientStatistics ten = SufficientStatistics.of(basis, new double[] {1}, new double[] {2});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ten.plus(five))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other: expected statistics for M = 10 basis functions, got M = 5");
    }

    @Test
    void drawingRowByRowGivesTheRowsOfForEach() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double[][] d = SyntheticData.blog().sample(1000, 7);
        double[] row = new double[2];
        for (int i = 0; i < 1000; i++) {
            SyntheticData.blog().draw(rng, (x, t) -> {
                row[0] = x;
                row[1] = t;
            });
            assertThat(row[0]).isEqualTo(d[0][i]);
            assertThat(row[1]).isEqualTo(d[1][i]);
        }
    }
}
