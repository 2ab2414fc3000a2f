package dev.zatta.vb.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zatta.vb.Attempt;
import dev.zatta.vb.FitReport;
import dev.zatta.vb.GammaDensity;
import dev.zatta.vb.Prediction;
import dev.zatta.vb.Start;
import dev.zatta.vb.VbPosterior;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The JSON document of a {@link FitReport}, as {@code fit} writes it:
 * <pre>
 * { "basis": "...", "n": 50, "mean": [...], "covariance": [[...], ...],
 *   "alpha": {"shape": a_N, "rate": b_N, "mean": E[α]},      // or {"fixed": A}
 *   "beta": {"shape": c_N, "rate": d_N, "mean": E[β]},       // or {"fixed": B}
 *   "lowerBound": L, "lowerBoundTrace": [...], "iterations": k, "converged": true,
 *   "restarts": "grid", "start": {"kind": "grid", "alpha": E[α]₀, "beta": E[β]₀},
 *   "starts": [{"kind": "configured", "alpha": …, "beta": …, "lowerBound": L, "iterations": k,
 *               "converged": true, "failure": null}, …],
 *   "predictive": {"x": [...], "mean": [...], "sd": [...], "sdPlugin": [...]} }
 * </pre>
 * in this key order; an infinite sd (c_N ≤ 1) is {@code null}. Stateless; thread-safe.
 */
public final class FitReportJson {
    private FitReportJson() {
    }

    /** The document as a Jackson tree (keys in the order above). */
    public static ObjectNode tree(FitReport report) {
        VbPosterior p = report.posterior();
        int m = p.mean().length;
        ObjectNode doc = Json.object();
        doc.put("basis", p.basis().describe());
        doc.put("n", p.count());
        doc.set("mean", Json.numbers(p.mean()));
        ArrayNode cov = Json.array();
        double[] s = p.covariance();
        for (int i = 0; i < m; i++) {
            cov.add(Json.numbers(Arrays.copyOfRange(s, i * m, (i + 1) * m)));
        }
        doc.set("covariance", cov);
        doc.set("alpha", precision(p.alphaPosterior().orElse(null), p.expectedAlpha()));
        doc.set("beta", precision(p.betaPosterior().orElse(null), p.expectedBeta()));
        doc.set("lowerBound", Json.number(p.lowerBound()));
        doc.set("lowerBoundTrace", Json.numbers(p.lowerBoundTrace()));
        doc.put("iterations", p.iterations());
        doc.put("converged", p.converged());
        doc.put("restarts", p.config().restarts().label());
        doc.set("start", start(p.start()));
        ArrayNode starts = doc.putArray("starts");
        for (Attempt a : p.attempts()) {
            starts.add(attempt(a));
        }
        List<Prediction> pr = report.predictions();
        ObjectNode pred = Json.object();
        pred.set("x", Json.numbers(report.x()));
        pred.set("mean", column(pr, Prediction::mean));
        pred.set("sd", column(pr, Prediction::sd));
        pred.set("sdPlugin", column(pr, Prediction::sdPlugin));
        doc.set("predictive", pred);
        return doc;
    }

    /** The document as text, ending in a newline. */
    public static String toString(FitReport report) {
        return Json.toString(tree(report));
    }

    /** Writes the document to {@code out} (left open). */
    public static void write(FitReport report, Writer out) throws IOException {
        Json.write(tree(report), out);
    }

    /** Writes the document to {@code file}, whole or not at all; returns {@code file}. */
    public static Path write(FitReport report, Path file) throws IOException {
        return Json.write(tree(report), file);
    }

    /** {"fixed": value} for a fixed precision, else the Gamma factor's shape, rate and mean. */
    static ObjectNode precision(GammaDensity q, double value) {
        ObjectNode o = Json.object();
        if (q == null) {
            o.set("fixed", Json.number(value));
        } else {
            o.set("shape", Json.number(q.shape()));
            o.set("rate", Json.number(q.rate()));
            o.set("mean", Json.number(q.mean()));
        }
        return o;
    }

    /** {"kind": …, "alpha": E[α]₀, "beta": E[β]₀}. */
    static ObjectNode start(Start start) {
        ObjectNode o = Json.object();
        o.put("kind", start.kind().label());
        o.set("alpha", Json.number(start.alpha()));
        o.set("beta", Json.number(start.beta()));
        return o;
    }

    /** The start (alpha, beta null if it could not be computed), its bound, sweeps, convergence and failure. */
    static ObjectNode attempt(Attempt a) {
        ObjectNode o = Json.object();
        o.put("kind", a.kind().label());
        o.set("alpha", Json.number(a.start().map(Start::alpha).orElse(Double.NaN)));
        o.set("beta", Json.number(a.start().map(Start::beta).orElse(Double.NaN)));
        o.set("lowerBound", Json.number(a.lowerBound()));
        o.put("iterations", a.iterations());
        o.put("converged", a.converged());
        if (a.failure().isPresent()) {
            o.put("failure", a.failure().get());
        } else {
            o.putNull("failure");
        }
        return o;
    }

    private static ArrayNode column(List<Prediction> predictions, ToDoubleFunction<Prediction> f) {
        return Json.numbers(predictions.stream().mapToDouble(f).toArray());
    }
}
