package dev.zatta.vb;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A model selection as {@code select} reports it: the data, the configuration the candidates share,
 * and each candidate's fit, in order; the best is the one with the highest lower bound. Its JSON is
 * {@link dev.zatta.vb.json.SelectionJson}. Immutable.
 *
 * @param data the data the candidates were fitted to
 * @param template the priors, stopping rule and restarts every candidate used
 * @param candidates the fits, at least one
 */
public record SelectionReport(DataSummary data, VbConfig template, List<ModelSelection.Candidate> candidates) {
    /** @throws IllegalArgumentException for no candidates */
    public SelectionReport {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(template, "template");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates: expected at least one, got none");
        }
    }

    /** Polynomials of {@code degrees}, fitted to data summarised for a polynomial of degree ≥ degrees.to(). */
    public static SelectionReport polynomials(VbConfig template, DataSummary data, ModelSelection.Degrees degrees) {
        return new SelectionReport(data, template,
                ModelSelection.polynomialDegrees(template, data.statistics(), degrees.from(), degrees.to()));
    }

    /** The candidate with the highest lower bound (the first on ties). */
    public ModelSelection.Candidate best() {
        return ModelSelection.best(candidates);
    }

    /** The candidate's polynomial degree, or -1 for another basis. */
    public static int degree(ModelSelection.Candidate c) {
        return c.basis() instanceof PolynomialBasis p ? p.degree() : -1;
    }

    /**
     * A table, one candidate a line (basis or degree, L, E[α], E[β], sweeps, winning start), and the
     * best; ends in a newline.
     */
    public String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-8s %14s %11s %11s %6s  %s%n", "degree",
                "lower bound", "E[alpha]", "E[beta]", "sweeps", "start"));
        for (ModelSelection.Candidate c : candidates) {
            VbPosterior p = c.posterior();
            int d = degree(c);
            b.append(String.format(Locale.ROOT, "%-8s %14.4f %11.4g %11.4g %6d  %s%n",
                    d >= 0 ? Integer.toString(d) : c.basis().describe(), p.lowerBound(), p.expectedAlpha(),
                    p.expectedBeta(), p.iterations(), p.start().describe()));
        }
        ModelSelection.Candidate best = best();
        int d = degree(best);
        b.append(String.format(Locale.ROOT, "best: %s (L = %.4f)%n",
                d >= 0 ? "degree " + d : best.basis().describe(), best.lowerBound()));
        return b.toString();
    }
}
