package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
    static final ObjectMapper JSON = new ObjectMapper();

    /** The "cases" of a reference file next to this class, each as (name, case). */
    static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = VbReferenceTest.class.getResourceAsStream(resource)) {
            JsonNode doc = JSON.readTree(in);
            return StreamSupport.stream(doc.get("cases").spliterator(), false)
                    .map(c -> Arguments.of(c.get("name").asText(), c));
        }
    }

    static Stream<Arguments> cases() throws IOException {
        return cases("vb_reference.json");
    }

    static double[] doubles(JsonNode array) {
        return JSON.convertValue(array, double[].class);
    }

    static Basis basis(JsonNode spec) {
        if (spec.get("kind").asText().equals("poly")) {
            return Basis.polynomial(spec.get("degree").asInt());
        }
        return Basis.gaussian(doubles(spec.get("centres")), spec.get("scale").asDouble());
    }

    static Precision precision(JsonNode spec) {
        if (spec.has("fixed")) {
            return Precision.fixed(spec.get("fixed").asDouble());
        }
        return new Precision.Learned(GammaDensity.of(spec.get("shape").asDouble(), spec.get("rate").asDouble()),
                spec.get("init").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithNumpyReference(String name, JsonNode c) {
        int sweeps = c.get("sweeps").asInt();
        VbConfig config = VbConfig.builder(basis(c.get("basis")))
                .alpha(precision(c.get("alpha")))
                .beta(precision(c.get("beta")))
                .tolerance(0)
                .maxIterations(sweeps)
                .restarts(Restarts.NONE)            // the reference runs the sweeps from this one start
                .build();
        VbPosterior p = VariationalLinearRegression.fit(config, doubles(c.get("x")), doubles(c.get("t")));
        JsonNode e = c.get("expected");

        assertThat(p.iterations()).isEqualTo(sweeps);
        assertClose(name + " mean", p.mean(), doubles(e.get("mean")));
        assertClose(name + " covariance", p.covariance(), doubles(e.get("covariance")));
        assertClose(name + " lower bound trace", p.lowerBoundTrace(), doubles(e.get("lowerBoundTrace")));
        assertClose(name + " E[alpha]", new double[] {p.expectedAlpha()}, new double[] {num(e, "expectedAlpha")});
        assertClose(name + " E[beta]", new double[] {p.expectedBeta()}, new double[] {num(e, "expectedBeta")});
        assertThat(p.alphaPosterior().isPresent()).isEqualTo(e.has("alphaShape"));
        p.alphaPosterior().ifPresent(q -> assertClose(name + " q(alpha)", new double[] {q.shape(), q.rate()},
                new double[] {num(e, "alphaShape"), num(e, "alphaRate")}));
        assertThat(p.betaPosterior().isPresent()).isEqualTo(e.has("betaShape"));
        p.betaPosterior().ifPresent(q -> assertClose(name + " q(beta)", new double[] {q.shape(), q.rate()},
                new double[] {num(e, "betaShape"), num(e, "betaRate")}));
    }

    static double num(JsonNode m, String key) {
        return m.get(key).asDouble();
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
