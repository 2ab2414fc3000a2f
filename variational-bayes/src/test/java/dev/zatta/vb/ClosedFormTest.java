package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** With α and β both fixed the fit is exact Bayesian linear regression, PRML eq. 3.53–3.54 and 3.86. */
class ClosedFormTest {
    @Test
    void bothFixedIsExactBayesianLinearRegression() {
        double[][] d = SyntheticData.blog().sample(30, 11);
        Basis basis = Basis.polynomial(4);
        double alpha = 0.7;
        double beta = 4.5;
        VbPosterior p = VariationalLinearRegression.fit(
                VbConfig.builder(basis).fixedAlpha(alpha).fixedBeta(beta).build(), d[0], d[1]);

        // independent: explicit Φ, LU inverse (fine in a test), PRML 3.53–3.54
        RealMatrix phi = MatrixUtils.createRealMatrix(d[0].length, basis.size());
        for (int n = 0; n < d[0].length; n++) {
            phi.setRow(n, basis.apply(d[0][n]));
        }
        RealMatrix a = MatrixUtils.createRealIdentityMatrix(5).scalarMultiply(alpha)
                .add(phi.transpose().multiply(phi).scalarMultiply(beta));
        LUDecomposition lu = new LUDecomposition(a);
        RealMatrix s = lu.getSolver().getInverse();
        double[] m = s.operate(phi.transpose().operate(d[1]));
        for (int i = 0; i < 5; i++) {
            assertThat(p.mean()[i]).isCloseTo(beta * m[i], within(1e-10 * Math.abs(beta * m[i]) + 1e-12));
            for (int j = 0; j < 5; j++) {
                assertThat(p.covariance(i, j)).isCloseTo(s.getEntry(i, j), within(1e-10 * Math.abs(s.getEntry(0, 0))));
            }
        }
        assertThat(p.iterations()).isEqualTo(1);
        assertThat(p.converged()).isTrue();
        assertThat(p.alphaPosterior()).isEmpty();
        assertThat(p.betaPosterior()).isEmpty();

        // the bound is tight: L = ln p(t | α, β), PRML 3.86, evaluated directly with the LU determinant
        double[] mN = p.mean();
        double[] resid = phi.operate(mN);
        double rss = 0;
        for (int n = 0; n < resid.length; n++) {
            rss += (d[1][n] - resid[n]) * (d[1][n] - resid[n]);
        }
        double mm = new Array2DRowRealMatrix(mN).transpose().operate(mN)[0];
        int nn = d[0].length;
        double evidence = 2.5 * Math.log(alpha) + nn / 2.0 * Math.log(beta) - (beta / 2 * rss + alpha / 2 * mm)
                - 0.5 * Math.log(lu.getDeterminant()) - nn / 2.0 * Math.log(2 * Math.PI);
        assertThat(p.lowerBound()).isCloseTo(evidence, within(1e-9 * Math.abs(evidence)));
        assertThat(LogEvidence.of(SufficientStatistics.of(basis, d[0], d[1])).at(alpha, beta))
                .isCloseTo(evidence, within(1e-9 * Math.abs(evidence)));

        // predictive variance 1/β + φᵀSφ (PRML 3.58–3.59)
        double[] f = basis.apply(0.37);
        double expectedVar = 1 / beta + new Array2DRowRealMatrix(f).transpose().operate(s.operate(f))[0];
        Prediction pr = p.predict(0.37);
        assertThat(pr.variance()).isCloseTo(expectedVar, within(1e-12));
        assertThat(pr.variancePlugin()).isEqualTo(pr.variance());
        assertThat(pr.mean()).isCloseTo(new Array2DRowRealMatrix(f).transpose().operate(p.mean())[0], within(1e-12));
    }

    @Test
    void fixedPointOfLearnedPrecisionsSatisfiesTheUpdateEquations() {
        double[][] d = SyntheticData.blog().sample(40, 5);
        VbPosterior p = VariationalLinearRegression.fit(VbConfig.builder(Basis.gaussian(
                new double[] {-1, -0.5, 0, 0.5, 1}, 10)).tolerance(1e-14).build(), d[0], d[1]);
        assertThat(p.converged()).isTrue();
        // one more sweep from the reported E[α], E[β] changes nothing
        VbPosterior again = VariationalLinearRegression.fit(p.config().toBuilder()
                .alpha(Precision.fixed(p.expectedAlpha())).beta(Precision.fixed(p.expectedBeta())).build(), d[0], d[1]);
        for (int i = 0; i < 5; i++) {
            assertThat(again.mean()[i]).isCloseTo(p.mean()[i], within(1e-7));
        }
    }
}
