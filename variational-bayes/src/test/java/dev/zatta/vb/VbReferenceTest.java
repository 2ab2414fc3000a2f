package dev.zatta.vb;

import static dev.zatta.vb.MiniJson.doubles;
import static dev.zatta.vb.MiniJson.list;
import static dev.zatta.vb.MiniJson.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with the numpy/scipy reference implementation (src/test/python/vb_reference.py, output
 * committed as vb_reference.json): the same fixed number of sweeps on both sides, then m_N, S_N, the
 * Gamma parameters, E[α], E[β] and every lower bound of the trace agree to 1e-9 relative.
 */
class VbReferenceTest {
    static final double REL = 1e-9;

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = VbReferenceTest.class.getResourceAsStream("vb_reference.json")) {
            Map<String, Object> doc = obj(MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return list(doc.get("cases")).stream().map(c -> Arguments.of(obj(c).get("name"), obj(c)));
        }
    }

    static Basis basis(Map<String, Object> spec) {
        if (spec.get("kind").equals("poly")) {
            return Basis.polynomial(((Number) spec.get("degree")).intValue());
        }
        return Basis.gaussian(doubles(spec.get("centres")), ((Number) spec.get("scale")).doubleValue());
    }

    static Precision precision(Map<String, Object> spec) {
        if (spec.containsKey("fixed")) {
            return Precision.fixed(((Number) spec.get("fixed")).doubleValue());
        }
        return new Precision.Learned(GammaDensity.of(((Number) spec.get("shape")).doubleValue(),
                ((Number) spec.get("rate")).doubleValue()), ((Number) spec.get("init")).doubleValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithNumpyReference(String name, Map<String, Object> c) {
        int sweeps = ((Number) c.get("sweeps")).intValue();
        VbConfig config = VbConfig.builder(basis(obj(c.get("basis"))))
                .alpha(precision(obj(c.get("alpha"))))
                .beta(precision(obj(c.get("beta"))))
                .tolerance(0)
                .maxIterations(sweeps)
                .build();
        VbPosterior p = VariationalLinearRegression.fit(config, doubles(c.get("x")), doubles(c.get("t")));
        Map<String, Object> e = obj(c.get("expected"));

        assertThat(p.iterations()).isEqualTo(sweeps);
        assertClose(name + " mean", p.mean(), doubles(e.get("mean")));
        assertClose(name + " covariance", p.covariance(), doubles(e.get("covariance")));
        assertClose(name + " lower bound trace", p.lowerBoundTrace(), doubles(e.get("lowerBoundTrace")));
        assertClose(name + " E[alpha]", new double[] {p.expectedAlpha()}, new double[] {num(e, "expectedAlpha")});
        assertClose(name + " E[beta]", new double[] {p.expectedBeta()}, new double[] {num(e, "expectedBeta")});
        assertThat(p.alphaPosterior().isPresent()).isEqualTo(e.containsKey("alphaShape"));
        p.alphaPosterior().ifPresent(q -> assertClose(name + " q(alpha)", new double[] {q.shape(), q.rate()},
                new double[] {num(e, "alphaShape"), num(e, "alphaRate")}));
        assertThat(p.betaPosterior().isPresent()).isEqualTo(e.containsKey("betaShape"));
        p.betaPosterior().ifPresent(q -> assertClose(name + " q(beta)", new double[] {q.shape(), q.rate()},
                new double[] {num(e, "betaShape"), num(e, "betaRate")}));
    }

    static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /** Relative to the largest reference magnitude (entries of one vector or matrix share a scale). */
    static void assertClose(String what, double[] actual, double[] expected) {
        assertClose(what, actual, expected, REL);
    }

    static void assertClose(String what, double[] actual, double[] expected, double rel) {
        assertThat(actual).as(what + " length").hasSize(expected.length);
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            double tol = rel * Math.max(scale, Double.MIN_NORMAL);
            assertThat(Math.abs(actual[i] - expected[i])).as("%s[%d]: %s vs reference %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(tol);
        }
    }
}
