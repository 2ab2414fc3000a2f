package dev.zatta.vb;

import java.util.Locale;

/**
 * Which starting points a fit tries. The coordinate ascent of {@link VariationalLinearRegression}
 * only climbs, so with learned precisions it can stop at a local optimum of the lower bound L (with β
 * learned: "everything is noise", every weight shrunk to 0, against "the curve and a little noise");
 * {@link VariationalLinearRegression#fit} runs the sweeps from each start and keeps the highest L.
 * A start is E[α] and E[β] for the first q(w) ({@link Start}):
 * <ul>
 *   <li>{@link #NONE}: the configured start only ({@link Precision#initial()}: the prior means unless
 *       set) — the textbook algorithm, one run;</li>
 *   <li>{@link #EVIDENCE}: that and the evidence approximation's α, β: eqs. 3.92 and 3.95 of PRML
 *       iterated from the configured start ({@link LogEvidence#maximize});</li>
 *   <li>{@link #GRID} (the default): those two and a grid spanning the data's scales. With λ_max and
 *       λ_min the largest and smallest positive eigenvalues of ΦᵀΦ, the ratio E[α]/E[β] (how strongly
 *       the first q(w) shrinks) takes 8 values log-spaced from 100 λ_max down to λ_min/100, and E[β]
 *       takes (1, 10, 100, 1000) · N/tᵀt (noise power from all of the data's power down to a
 *       thousandth of it): 32 starts with α and β learned, 8 with β fixed, 4 with α fixed.</li>
 * </ul>
 * With α and β both fixed there is nothing to restart: one sweep is exact.
 */
public enum Restarts {
    /** The configured start only. */
    NONE,
    /** The configured start and the evidence approximation's re-estimated α, β. */
    EVIDENCE,
    /** The configured start, the evidence start and the grid. */
    GRID;

    /** Ratios E[α]/E[β] in the grid. */
    static final int RATIOS = 8;
    /** Multipliers of N/tᵀt for E[β] in the grid. */
    static final double[] NOISE_LEVELS = {1, 10, 100, 1000};

    /** The lower-case name the command lines and the JSON use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code none}, {@code evidence} or {@code grid}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Restarts parse(String text) {
        for (Restarts r : values()) {
            if (r.label().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("restarts: expected 'none', 'evidence' or 'grid', got '" + text + "'");
    }
}
