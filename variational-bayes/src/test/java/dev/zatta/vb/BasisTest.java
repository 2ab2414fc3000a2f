package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BasisTest {
    @Test
    void gaussianRecurrenceMatchesDirectExp() {
        SplittableRandom rng = new SplittableRandom(8);
        for (int trial = 0; trial < 2000; trial++) {
            int m = 3 + rng.nextInt(20);
            double lo = -5 * rng.nextDouble();
            double hi = lo + 0.1 + 5 * rng.nextDouble();
            double s = Math.exp(rng.nextDouble() * 12 - 4);
            GaussianBasis basis = GaussianBasis.evenlySpaced(m, lo, hi, s);
            double[] c = basis.centres();
            double x = lo - 3 + (hi - lo + 6) * rng.nextDouble();
            double[] fast = basis.apply(x);
            for (int j = 0; j < m; j++) {
                double exact = Math.exp(-s * (x - c[j]) * (x - c[j]));
                // exp(−e) carries a relative error of about e·2⁻⁵³ from the rounding of e itself,
                // in the direct formula as in each factor of the recurrence (at most m factors),
                // and x − μ_j loses (|x| + |μ_j|)/|x − μ_j| digits to cancellation: de = 2√(s e)·ulp
                double exponent = s * (x - c[j]) * (x - c[j]);
                double rel = 1e-15 * m * (4 + exponent + 2 * Math.sqrt(s * exponent) * (Math.abs(x) + Math.abs(c[j])));
                assertThat(fast[j]).as("m=%d s=%s x=%s j=%d", m, s, x, j)
                        .isCloseTo(exact, within(rel * exact + 1e-290));
            }
        }
    }

    @Test
    void blogBasisAndUnevenCentres() {
        Basis blog = Basis.gaussian(new double[] {-1, -0.5, 0, 0.5, 1}, 10);
        assertThat(blog.apply(0.5)).containsExactly(new double[] {Math.exp(-22.5), Math.exp(-10), Math.exp(-2.5), 1,
            Math.exp(-2.5)}, within(1e-16));
        Basis uneven = Basis.gaussian(new double[] {0, 0.1, 1}, 2);
        assertThat(uneven.apply(1)).containsExactly(Math.exp(-2), Math.exp(-2 * 0.81), 1);
    }

    @Test
    void userFunctionBasisWorksInAFit() {
        // the blog refused every function (its type check was always false); here it is fitted
        Basis trig = Basis.of("trig", 3, x -> new double[] {1, Math.sin(Math.PI * x), Math.cos(Math.PI * x)});
        double[][] d = new SyntheticData(x -> 2 * Math.sin(Math.PI * x), 0.01, -1, 1).sample(200, 6);
        VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(trig)
                .betaPrior(1e-3, 1e-3).build(), d[0], d[1]);
        assertThat(p.mean()).containsExactly(new double[] {0, 2, 0}, within(0.01));
        // noise sd 0.01: E[β] ≈ (N − M)/|t − Φm|² ≈ 1e4 under a broad prior
        assertThat(p.expectedBeta()).isBetween(5e3, 2e4);
    }

    @Test
    void sameSeedSameData() {
        double[][] a = SyntheticData.blog().sample(100, 77);
        double[][] b = SyntheticData.blog().sample(100, 77);
        double[][] c = SyntheticData.blog().sample(100, 78);
        assertThat(a[1]).containsExactly(b[1]);
        assertThat(a[1]).isNotEqualTo(c[1]);
    }
}
