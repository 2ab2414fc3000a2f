package dev.zatta.vb.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zatta.vb.Basis;
import dev.zatta.vb.DataSummary;
import dev.zatta.vb.FitReport;
import dev.zatta.vb.PredictionGrid;
import dev.zatta.vb.VbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitReportJsonTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void layoutIsOneEntryPerLineArraysInlineAndNonFiniteAsNull() {
        ObjectNode doc = Json.object();
        doc.put("name", "a \"b\"\n");
        doc.set("values", Json.numbers(new double[] {1.5, Double.POSITIVE_INFINITY, Double.NaN, 16, 4e-300}));
        ObjectNode inner = doc.putObject("inner");
        inner.put("n", 50L);
        inner.put("ok", true);
        doc.putObject("empty");
        doc.set("rows", Json.array().add(Json.numbers(new double[] {1, 2})).add(Json.numbers(new double[] {3, 4})));
        ObjectNode first = doc.putArray("list").addObject().put("a", 1);
        first.putArray("b").add(2).add(3);
        first.putObject("c").put("d", 4);
        doc.withArray("list").addObject().put("a", 5);
        doc.putArray("none");
        assertThat(Json.toString(doc)).isEqualTo("""
                {
                  "name": "a \\"b\\"\\n",
                  "values": [1.5, null, null, 16.0, 4.0E-300],
                  "inner": {
                    "n": 50,
                    "ok": true
                  },
                  "empty": {},
                  "rows": [[1.0, 2.0], [3.0, 4.0]],
                  "list": [{"a": 1, "b": [2, 3], "c": {"d": 4}},
                    {"a": 5}],
                  "none": []
                }
                """);
    }

    /**
     * One row and c0 = 0.5: c_N = c0 + N/2 = 1, so E[1/β] and the predictive sd are infinite and the
     * document says null; the keys come in the documented order, and the numbers are the posterior's.
     */
    @Test
    void fitDocumentHasTheDocumentedKeysAndNullForAnInfiniteSd(@TempDir Path dir) throws IOException {
        VbConfig config = VbConfig.builder(Basis.polynomial(1)).alphaPrior(1, 1).betaPrior(0.5, 1).build();
        DataSummary data = DataSummary.of("mem", config.basis(), new double[] {0.5}, new double[] {2});
        FitReport report = FitReport.fit(config, data, PredictionGrid.span(0, 1, 3));
        Path file = FitReportJson.write(report, dir.resolve("out").resolve("fit.json"));
        String text = Files.readString(file);
        assertThat(text).isEqualTo(FitReportJson.toString(report)).endsWith("}\n");
        JsonNode doc = JSON.readTree(text);
        assertThat(keys(doc)).containsExactly("basis", "n", "mean", "covariance", "alpha", "beta", "lowerBound",
                "lowerBoundTrace", "iterations", "converged", "restarts", "start", "starts", "predictive");
        assertThat(doc.get("restarts").asText()).isEqualTo("grid");
        assertThat(keys(doc.get("start"))).containsExactly("kind", "alpha", "beta");
        JsonNode starts = doc.get("starts");
        assertThat(starts).hasSize(report.posterior().attempts().size());
        assertThat(starts.get(0).get("kind").asText()).isEqualTo("configured");
        assertThat(keys(starts.get(0))).containsExactly("kind", "alpha", "beta", "lowerBound", "iterations", "converged",
                "failure");
        assertThat(doc.get("basis").asText()).isEqualTo("poly(degree 1)");
        assertThat(doc.get("n").asLong()).isEqualTo(1);
        assertThat(doc.get("beta").get("shape").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("lowerBound").asDouble()).isEqualTo(report.posterior().lowerBound());
        assertThat(JSON.convertValue(doc.get("mean"), double[].class)).containsExactly(report.posterior().mean());
        JsonNode sd = doc.get("predictive").get("sd");
        assertThat(sd).hasSize(3).allMatch(JsonNode::isNull);
        assertThat(doc.get("predictive").get("sdPlugin")).hasSize(3).allMatch(JsonNode::isDouble);
        assertThat(JSON.convertValue(doc.get("predictive").get("x"), double[].class)).containsExactly(0, 0.5, 1);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("fit.json");
        }
    }

    static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
