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
     * A range of polynomial degrees {@code from}…{@code to}. Immutable.
     *
     * @param from the lowest degree, ≥ 0
     * @param to the highest degree, ≥ from
     */
    public record Degrees(int from, int to) {
        /** @throws IllegalArgumentException unless 0 ≤ from ≤ to */
        public Degrees {
            if (from < 0 || from > to) {
                throw new IllegalArgumentException("degrees: expected 0 <= from <= to, got " + from + "-" + to);
            }
        }

        /**
         * Parses {@code LO-HI} or a single degree {@code D}, as {@code select --degrees} takes them.
         *
         * @throws IllegalArgumentException unless the text is one of those with integers 0 ≤ LO ≤ HI
         */
        public static Degrees parse(String text) {
            String[] p = text.split("-", -1);
            try {
                if (p.length == 1 || p.length == 2) {
                    int lo = Integer.parseInt(p[0].strip());
                    int hi = p.length == 1 ? lo : Integer.parseInt(p[1].strip());
                    if (lo >= 0 && lo <= hi) {
                        return new Degrees(lo, hi);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("degrees: expected LO-HI or D with integers 0 <= LO <= HI, got '" + text
                    + "'");
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

    /**
     * Polynomials of degrees {@code from}…{@code to} from one set of statistics: {@code data} are the
     * statistics of the polynomial of degree {@code to} (or higher), and each degree d uses their
     * leading (d + 1) × (d + 1) block ({@link SufficientStatistics#leading}) — so a file is read once
     * for every degree. Each fit uses the template's priors, stopping rule and restarts.
     *
     * @throws IllegalArgumentException unless 0 ≤ from ≤ to &lt; data.size()
     */
    public static List<Candidate> polynomialDegrees(VbConfig template, SufficientStatistics data, int from, int to) {
        Objects.requireNonNull(template, "template");
        if (from < 0 || from > to || to >= data.size()) {
            throw new IllegalArgumentException("degrees: expected 0 <= from <= to <= " + (data.size() - 1)
                    + " (the statistics' degree), got " + from + "-" + to);
        }
        List<Candidate> out = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            Basis b = Basis.polynomial(d);
            VbConfig c = template.toBuilder().basis(b).build();
            out.add(new Candidate(b, VariationalLinearRegression.fit(c, data.leading(d + 1))));
        }
        return out;
    }

    /** {@link #polynomialDegrees(VbConfig, SufficientStatistics, int, int)} of in-memory rows. */
    public static List<Candidate> polynomialDegrees(VbConfig template, double[] x, double[] t, int from, int to) {
        if (to < 0) {
            throw new IllegalArgumentException("degrees: expected 0 <= from <= to, got " + from + "-" + to);
        }
        return polynomialDegrees(template, SufficientStatistics.of(Basis.polynomial(to), x, t), from, to);
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
