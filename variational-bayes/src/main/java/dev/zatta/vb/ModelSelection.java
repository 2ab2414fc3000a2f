package dev.zatta.vb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Model selection by the variational lower bound (PRML §10.3.3, Fig. 10.9): fit each candidate
 * basis with the same priors and data, and prefer the largest L, which approximates the log model
 * evidence ln p(t | basis) from below. Stateless.
 */
public final class ModelSelection {
    private ModelSelection() {
    }

    /**
     * One candidate's result.
     *
     * @param basis the candidate basis
     * @param posterior its converged fit
     */
    public record Candidate(Basis basis, VbPosterior posterior) {
        /** Its lower bound L. */
        public double lowerBound() {
            return posterior.lowerBound();
        }
    }

    /**
     * Fits {@code template} (priors, tolerance, sweep limit) with each basis in turn on (x, t).
     *
     * @return the candidates in the given order
     */
    public static List<Candidate> compare(VbConfig template, List<? extends Basis> bases, double[] x, double[] t) {
        Objects.requireNonNull(template, "template");
        List<Candidate> out = new ArrayList<>();
        for (Basis b : bases) {
            VbConfig c = template.toBuilder().basis(b).build();
            out.add(new Candidate(b, VariationalLinearRegression.fit(c, x, t)));
        }
        return out;
    }

    /** The candidate with the largest lower bound (the first one on ties). */
    public static Candidate best(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || c.lowerBound() > best.lowerBound()) {
                best = c;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("candidates: expected at least one, got none");
        }
        return best;
    }
}
