package dev.zatta.vb;

import static dev.zatta.vb.VbReferenceTest.doubles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * scikit-learn's BayesianRidge(fit_intercept=False) reaches the same fixed point (see
 * src/test/python/sklearn_reference.py for the prior mapping and why the fixed points coincide):
 * posterior mean, both precisions and the covariance agree at convergence. The tolerance, 1e-7
 * relative, is set by the two different stopping rules (ours on |ΔL|, sklearn's on the change of
 * the coefficients), not by the arithmetic.
 */
class SklearnReferenceTest {
    static Stream<Arguments> cases() throws IOException {
        return VbReferenceTest.cases("sklearn_reference.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFixedPointAsBayesianRidge(String name, JsonNode c) {
        Basis basis = c.get("basis").asText().equals("poly") ? Basis.polynomial(3) : GaussianBasis.evenlySpaced(5, -1, 1, 10);
        VbConfig config = VbConfig.builder(basis)
                .alphaPrior(VbReferenceTest.num(c, "a0"), VbReferenceTest.num(c, "b0"))
                .betaPrior(VbReferenceTest.num(c, "c0"), VbReferenceTest.num(c, "d0"))
                .tolerance(1e-15).maxIterations(100_000).restarts(Restarts.NONE).build();
        VbPosterior p = VariationalLinearRegression.fit(config, doubles(c.get("x")), doubles(c.get("t")));
        assertThat(p.converged()).isTrue();
        double rel = 1e-7; // observed: at most 5e-9
        VbReferenceTest.assertClose(name + " mean", p.mean(), doubles(c.get("coef")), rel);
        VbReferenceTest.assertClose(name + " E[alpha] vs lambda_", new double[] {p.expectedAlpha()},
                new double[] {VbReferenceTest.num(c, "weightPrecision")}, rel);
        VbReferenceTest.assertClose(name + " E[beta] vs alpha_", new double[] {p.expectedBeta()},
                new double[] {VbReferenceTest.num(c, "noisePrecision")}, rel);
        VbReferenceTest.assertClose(name + " covariance vs sigma_", p.covariance(), doubles(c.get("sigma")), rel);
    }
}
