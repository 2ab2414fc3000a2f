package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PredictionTest {
    @Test
    void exactAndPluginVariancesWithLearnedBeta() {
        double[][] d = SyntheticData.blog().sample(12, 9);
        VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(GaussianBasis.evenlySpaced(5, -1, 1, 10))
                .build(), d[0], d[1]);
        GammaDensity qb = p.betaPosterior().orElseThrow();
        assertThat(qb.shape()).isEqualTo(1 + 6.0);
        Prediction pr = p.predict(0.2);
        assertThat(pr.variance()).isCloseTo(qb.rate() / (qb.shape() - 1) + pr.weightVariance(), within(1e-15));
        assertThat(pr.variancePlugin()).isCloseTo(qb.rate() / qb.shape() + pr.weightVariance(), within(1e-15));
        assertThat(pr.variance()).isGreaterThan(pr.variancePlugin());
        assertThat(pr.degreesOfFreedom()).isEqualTo(14.0);
        double[] g = pr.intervalPlugin(0.6826894921370859);
        assertThat(g[1] - pr.mean()).isCloseTo(pr.sdPlugin(), within(1e-9));
    }

    @Test
    void studentTIntervalCoversAtLeastItsLevel() {
        // Monte Carlo from the variational predictive: w ~ q(w), β ~ q(β), t ~ N(φᵀw, 1/β)
        double[][] d = SyntheticData.blog().sample(6, 10);
        VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(GaussianBasis.evenlySpaced(5, -1, 1, 10))
                .betaPrior(1, 0.1).build(), d[0], d[1]);
        GammaDensity qb = p.betaPosterior().orElseThrow();
        Prediction pr = p.predict(0.9);
        double[] ci = pr.interval(0.9);
        SplittableRandom rng = new SplittableRandom(12);
        org.apache.commons.math3.distribution.GammaDistribution gam = new org.apache.commons.math3.distribution
                .GammaDistribution(new org.apache.commons.math3.random.Well19937c(5), qb.shape(), 1 / qb.rate());
        int inside = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double f = pr.mean() + Math.sqrt(pr.weightVariance()) * rng.nextGaussian();
            double t = f + rng.nextGaussian() / Math.sqrt(gam.sample());
            if (t >= ci[0] && t <= ci[1]) {
                inside++;
            }
        }
        double coverage = inside / (double) n;
        assertThat(coverage).isBetween(0.895, 0.93);
        // the plug-in Gaussian interval is too narrow for so few points
        double[] gi = pr.intervalPlugin(0.9);
        assertThat(gi[1] - gi[0]).isLessThan(ci[1] - ci[0]);
    }

    @Test
    void varianceIsInfiniteWhenShapeAtMostOne() {
        VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(Basis.polynomial(0)).betaPrior(0.2, 1)
                .build(), new double[] {0.3}, new double[] {1});
        assertThat(p.betaPosterior().orElseThrow().shape()).isEqualTo(0.7);
        assertThat(p.predict(0).sd()).isInfinite();
        assertThat(p.predict(0).interval(0.5)[1]).isFinite();
    }
}
