package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The lower bound L: it never decreases over sweeps, and it lies below the exact log evidence. */
class LowerBoundTest {

    @Test
    void neverDecreasesOverManyRandomProblems() {
        SplittableRandom rng = new SplittableRandom(20171031L);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(60);
            Basis basis = switch (trial % 3) {
                case 0 -> Basis.polynomial(rng.nextInt(10));
                case 1 -> GaussianBasis.evenlySpaced(1 + rng.nextInt(9), -1, 1, 0.5 + 20 * rng.nextDouble());
                default -> Basis.of("trig", 3, x -> new double[] {1, Math.sin(3 * x), Math.cos(3 * x)});
            };
            double[][] d = new SyntheticData(x -> Math.sin(Math.PI * x), 0.05 + rng.nextDouble(), -1, 1)
                    .sample(n, rng.nextLong());
            VbConfig.Builder b = VbConfig.builder(basis)
                    .alphaPrior(Math.exp(rng.nextDouble() * 8 - 5), Math.exp(rng.nextDouble() * 8 - 5))
                    .tolerance(0).maxIterations(40).restarts(Restarts.NONE); // the ascent itself, one start
            if (trial % 4 == 0) {
                b.fixedBeta(Math.exp(rng.nextDouble() * 6 - 2));
            } else {
                b.beta(new Precision.Learned(GammaDensity.of(Math.exp(rng.nextDouble() * 8 - 5),
                        Math.exp(rng.nextDouble() * 8 - 5)), Math.exp(rng.nextDouble() * 8 - 4)));
            }
            if (trial % 5 == 0) {
                b.alpha(((Precision.Learned) b.build().alpha()).withInitial(Math.exp(rng.nextDouble() * 10 - 5)));
            }
            double[] trace = VariationalLinearRegression.fit(b.build(), d[0], d[1]).lowerBoundTrace();
            for (int k = 1; k < trace.length; k++) {
                double slack = 1e-11 * Math.max(1, Math.abs(trace[k]));
                assertThat(trace[k]).as("trial %d sweep %d of %s", trial, k, basis.describe())
                        .isGreaterThanOrEqualTo(trace[k - 1] - slack);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(300);
    }

    /**
     * ln p(t) = ∫∫ p(t | α, β) Gam(α | a0, b0) Gam(β | c0, d0) dα dβ by the trapezoid rule on a fine
     * grid in (ln α, ln β) (the integrand is smooth and decays fast there, so the rule converges
     * quickly), with p(t | α, β) from PRML 3.86. A coarse pass over [−30, 30]² finds the box where
     * the log integrand is within 60 of its maximum; the fine grid covers that box.
     */
    static double logEvidence2d(LogEvidence ev, GammaDensity pa, GammaDensity pb, double step) {
        double coarse = 0.25;
        double max = Double.NEGATIVE_INFINITY;
        int cn = (int) Math.round(60 / coarse) + 1;
        double[][] c = new double[cn][cn];
        for (int i = 0; i < cn; i++) {
            for (int j = 0; j < cn; j++) {
                double u = -30 + i * coarse;
                double v = -30 + j * coarse;
                c[i][j] = ev.at(Math.exp(u), Math.exp(v)) + logGammaDensityOfLog(pa, u) + logGammaDensityOfLog(pb, v);
                max = Math.max(max, c[i][j]);
            }
        }
        double uLo = 30;
        double uHi = -30;
        double vLo = 30;
        double vHi = -30;
        for (int i = 0; i < cn; i++) {
            for (int j = 0; j < cn; j++) {
                if (c[i][j] > max - 60) {
                    uLo = Math.min(uLo, -30 + (i - 1) * coarse);
                    uHi = Math.max(uHi, -30 + (i + 1) * coarse);
                    vLo = Math.min(vLo, -30 + (j - 1) * coarse);
                    vHi = Math.max(vHi, -30 + (j + 1) * coarse);
                }
            }
        }
        int nu = (int) Math.ceil((uHi - uLo) / step) + 1;
        int nv = (int) Math.ceil((vHi - vLo) / step) + 1;
        double sum = 0;
        for (int i = 0; i < nu; i++) {
            double u = uLo + i * step;
            double a = Math.exp(u);
            double la = logGammaDensityOfLog(pa, u);
            for (int j = 0; j < nv; j++) {
                double v = vLo + j * step;
                sum += Math.exp(ev.at(a, Math.exp(v)) + la + logGammaDensityOfLog(pb, v) - max);
            }
        }
        return max + Math.log(sum * step * step);
    }

    static double logEvidence1d(LogEvidence ev, GammaDensity pa, double beta, double step) {
        double max = Double.NEGATIVE_INFINITY;
        int n = (int) Math.round(60 / step) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = -30 + i * step;
            v[i] = ev.at(Math.exp(u), beta) + logGammaDensityOfLog(pa, u);
            max = Math.max(max, v[i]);
        }
        double sum = 0;
        for (double x : v) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum * step);
    }

    /** ln of the density of u = ln λ when λ ~ Gam(a, b): Gam(e^u) e^u. */
    static double logGammaDensityOfLog(GammaDensity g, double u) {
        return g.shape() * Math.log(g.rate()) - org.apache.commons.math3.special.Gamma.logGamma(g.shape())
                + g.shape() * u - g.rate() * Math.exp(u);
    }

    @Test
    void liesBelowTheExactLogEvidenceWithSmallGap() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 6; trial++) {
            int n = 5 + 5 * trial;
            Basis basis = trial % 2 == 0 ? Basis.polynomial(1 + trial / 2)
                    : GaussianBasis.evenlySpaced(5, -1, 1, 10);
            double[][] d = SyntheticData.blog().sample(n, rng.nextLong());
            GammaDensity pa = GammaDensity.of(1 + trial, 0.5 + trial);
            GammaDensity pb = GammaDensity.of(2, 0.5);
            VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(basis)
                    .alpha(new Precision.Learned(pa, Double.NaN)).beta(new Precision.Learned(pb, Double.NaN))
                    .tolerance(1e-14).build(), d[0], d[1]);
            LogEvidence ev = LogEvidence.of(SufficientStatistics.of(basis, d[0], d[1]));
            double exact = logEvidence2d(ev, pa, pb, 0.02);
            double finer = logEvidence2d(ev, pa, pb, 0.04);
            assertThat(Math.abs(exact - finer)).as("quadrature converged").isLessThan(1e-9);
            double gap = exact - p.lowerBound();
            assertThat(gap).as("trial %d (N=%d, %s): ln p(t) = %s, L = %s", trial, n, basis.describe(), exact,
                    p.lowerBound()).isGreaterThan(1e-6).isLessThan(0.5);
        }
    }

    @Test
    void fixedBetaVariantLiesBelowItsEvidence() {
        double[][] d = SyntheticData.blog().sample(20, 42);
        Basis basis = GaussianBasis.evenlySpaced(5, -1, 1, 10);
        GammaDensity pa = GammaDensity.of(1, 1);
        VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(basis).alphaPrior(1, 1).fixedBeta(10)
                .tolerance(1e-14).build(), d[0], d[1]);
        double exact = logEvidence1d(LogEvidence.of(SufficientStatistics.of(basis, d[0], d[1])), pa, 10, 0.001);
        double gap = exact - p.lowerBound();
        assertThat(gap).isGreaterThan(1e-6).isLessThan(0.5);
    }
}
