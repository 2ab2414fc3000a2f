package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zatta.gan.ReferenceCases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class FrechetDistanceTest {
    private static double[][] diag(double... v) {
        double[][] m = new double[v.length][v.length];
        for (int i = 0; i < v.length; i++) {
            m[i][i] = v[i];
        }
        return m;
    }

    @Test
    void oneDimensionalClosedForm() {
        // 1-D Gaussians: d² = (μ1 − μ2)² + (σ1 − σ2)²
        var a = FrechetDistance.Gaussian.of(new double[] {1.5}, new double[][] {{4.0}});
        var b = FrechetDistance.Gaussian.of(new double[] {-0.5}, new double[][] {{0.25}});
        assertThat(FrechetDistance.between(a, b)).isCloseTo(2.0 * 2.0 + (2.0 - 0.5) * (2.0 - 0.5), within(1e-12));
    }

    @Test
    void diagonalClosedForm() {
        // diagonal covariances: d² = ‖μ1 − μ2‖² + Σ (σ1ᵢ − σ2ᵢ)²
        double[] s1 = {1, 4, 9, 0.01, 2};
        double[] s2 = {4, 4, 1, 0.09, 0.5};
        double[] m1 = {0, 1, 2, 3, 4};
        double[] m2 = {1, 1, 0, 3, -1};
        double expected = 0;
        for (int i = 0; i < 5; i++) {
            expected += (m1[i] - m2[i]) * (m1[i] - m2[i]) + Math.pow(Math.sqrt(s1[i]) - Math.sqrt(s2[i]), 2);
        }
        double fd = FrechetDistance.between(FrechetDistance.Gaussian.of(m1, diag(s1)),
                FrechetDistance.Gaussian.of(m2, diag(s2)));
        assertThat(fd).isCloseTo(expected, within(1e-10));
    }

    @Test
    void rotatedCovariancesKeepTheClosedForm() {
        // the distance is invariant under a common rotation Q: Σ → Q Σ Qᵀ, μ → Q μ
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        double[][] q = {{c, -s}, {s, c}};
        double[][] s1 = rotate(q, diag(3, 0.5));
        double[][] s2 = rotate(q, diag(1, 2));
        double[] m1 = {c * 1, s * 1};
        double[] m2 = {0, 0};
        double expected = 1 + Math.pow(Math.sqrt(3) - 1, 2) + Math.pow(Math.sqrt(0.5) - Math.sqrt(2), 2);
        assertThat(FrechetDistance.between(FrechetDistance.Gaussian.of(m1, s1), FrechetDistance.Gaussian.of(m2, s2)))
                .isCloseTo(expected, within(1e-12));
    }

    private static double[][] rotate(double[][] q, double[][] m) {
        int d = q.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int k = 0; k < d; k++) {
                    for (int l = 0; l < d; l++) {
                        v += q[i][k] * m[k][l] * q[j][l];
                    }
                }
                out[i][j] = v;
            }
        }
        // exactly symmetric
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                out[i][j] = out[j][i];
            }
        }
        return out;
    }

    @Test
    void identicalGaussiansAreAtDistanceZeroAndTheDistanceIsSymmetric() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[40][6];
        double[][] y = new double[30][6];
        for (double[] r : x) {
            for (int j = 0; j < r.length; j++) {
                r[j] = rng.nextGaussian();
            }
        }
        for (double[] r : y) {
            for (int j = 0; j < r.length; j++) {
                r[j] = 2 * rng.nextGaussian() + 1;
            }
        }
        assertThat(FrechetDistance.between(x, x)).isCloseTo(0, within(1e-10));
        assertThat(FrechetDistance.between(x, y)).isCloseTo(FrechetDistance.between(y, x), within(1e-9));
    }

    @Test
    void fitUsesTheUnbiasedCovariance() {
        var g = FrechetDistance.Gaussian.fit(new double[][] {{1, 2}, {3, 2}, {5, 8}});
        assertThat(g.mean()).containsExactly(3, 4);
        // deviations (−2,−2), (0,−2), (2,4); divided by n − 1 = 2
        assertThat(g.covariance()[0]).containsExactly(4, 6);
        assertThat(g.covariance()[1]).containsExactly(6, 12);
        assertThat(g.count()).isEqualTo(3);
    }

    /** Cases computed by fid_reference.py with numpy and scipy.linalg.sqrtm (pytorch-fid's formula). */
    @TestFactory
    List<DynamicTest> matchesTheScipyReference() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : ReferenceCases.read(FrechetDistanceTest.class, "fid-reference.json")) {
            double[][] x = ReferenceCases.matrix(c.get("x"));
            double[][] y = ReferenceCases.matrix(c.get("y"));
            double expected = c.get("fid").asDouble();
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                double fd = FrechetDistance.between(x, y);
                // scipy's sqrtm of the singular product of the rank-deficient case is good to ~1e-7
                assertThat(fd).isCloseTo(expected, within(1e-6 * Math.max(1, expected)));
            }));
        }
        assertThat(tests).hasSize(5);
        return tests;
    }

    @Test
    void badInputNamesTheProblem() {
        assertThatThrownBy(() -> FrechetDistance.Gaussian.fit(new double[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows: expected at least 2 feature vectors to estimate a covariance, got 1");
        assertThatThrownBy(() -> FrechetDistance.Gaussian.fit(new double[][] {{1, 2}, {1}}))
                .hasMessage("rows[1]: expected 2 features like rows[0], got 1");
        assertThatThrownBy(() -> FrechetDistance.Gaussian.fit(new double[][] {{1, 2}, {1, Double.NaN}}))
                .hasMessage("rows[1][1]: expected a finite value, got NaN");
        assertThatThrownBy(() -> FrechetDistance.Gaussian.of(new double[] {0, 0}, new double[][] {{1, 0.5}, {0.4, 1}}))
                .hasMessage("covariance: expected a symmetric matrix, got [1][0] = 0.4 but [0][1] = 0.5");
        assertThatThrownBy(() -> FrechetDistance.between(FrechetDistance.Gaussian.of(new double[] {0}, diag(1)),
                FrechetDistance.Gaussian.of(new double[] {0, 0}, diag(1, 1))))
                .hasMessage("expected Gaussians of the same dimension, got 1 and 2");
    }
}
