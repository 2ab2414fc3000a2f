package dev.zatta.vb.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zatta.vb.ModelSelection;
import dev.zatta.vb.Precision;
import dev.zatta.vb.SelectionReport;
import dev.zatta.vb.VbPosterior;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The JSON document of a {@link SelectionReport}, as {@code select} writes it:
 * <pre>
 * { "data": "prml-cubic.csv", "n": 10,
 *   "alpha": {"prior": {"shape": a0, "rate": b0}},          // or {"fixed": A}
 *   "beta": {"fixed": B},                                    // or {"prior": {"shape": c0, "rate": d0}}
 *   "restarts": "grid",
 *   "candidates": [{"degree": 0, "basis": "poly(degree 0)", "lowerBound": L, "expectedAlpha": E[α],
 *                   "expectedBeta": E[β], "iterations": sweeps, "converged": true,
 *                   "start": {"kind": "grid", "alpha": E[α]₀, "beta": E[β]₀}, "startsTried": 10}, …],
 *   "best": {"degree": 3, "basis": "poly(degree 3)", "lowerBound": L} }
 * </pre>
 * in this key order ("degree" only for polynomials). Stateless; thread-safe.
 */
public final class SelectionJson {
    private SelectionJson() {
    }

    /** The document as a Jackson tree. */
    public static ObjectNode tree(SelectionReport report) {
        ObjectNode doc = Json.object();
        doc.put("data", report.data().source());
        doc.put("n", report.data().count());
        doc.set("alpha", precision(report.template().alpha()));
        doc.set("beta", precision(report.template().beta()));
        doc.put("restarts", report.template().restarts().label());
        ArrayNode list = doc.putArray("candidates");
        for (ModelSelection.Candidate c : report.candidates()) {
            VbPosterior p = c.posterior();
            ObjectNode o = name(c);
            o.set("lowerBound", Json.number(p.lowerBound()));
            o.set("expectedAlpha", Json.number(p.expectedAlpha()));
            o.set("expectedBeta", Json.number(p.expectedBeta()));
            o.put("iterations", p.iterations());
            o.put("converged", p.converged());
            o.set("start", FitReportJson.start(p.start()));
            o.put("startsTried", p.attempts().size());
            list.add(o);
        }
        ModelSelection.Candidate best = report.best();
        ObjectNode b = name(best);
        b.set("lowerBound", Json.number(best.lowerBound()));
        doc.set("best", b);
        return doc;
    }

    /** The document as text, ending in a newline. */
    public static String toString(SelectionReport report) {
        return Json.toString(tree(report));
    }

    /** Writes the document to {@code out} (left open). */
    public static void write(SelectionReport report, Writer out) throws IOException {
        Json.write(tree(report), out);
    }

    /** Writes the document to {@code file}, whole or not at all; returns {@code file}. */
    public static Path write(SelectionReport report, Path file) throws IOException {
        return Json.write(tree(report), file);
    }

    private static ObjectNode name(ModelSelection.Candidate c) {
        ObjectNode o = Json.object();
        int d = SelectionReport.degree(c);
        if (d >= 0) {
            o.put("degree", d);
        }
        o.put("basis", c.basis().describe());
        return o;
    }

    private static ObjectNode precision(Precision p) {
        ObjectNode o = Json.object();
        if (p instanceof Precision.Fixed f) {
            o.set("fixed", Json.number(f.value()));
        } else if (p instanceof Precision.Learned l) {
            ObjectNode prior = o.putObject("prior");
            prior.set("shape", Json.number(l.prior().shape()));
            prior.set("rate", Json.number(l.prior().rate()));
        }
        return o;
    }
}
