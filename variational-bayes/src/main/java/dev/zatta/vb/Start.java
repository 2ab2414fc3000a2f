package dev.zatta.vb;

import java.util.Locale;

/**
 * Where a fit's coordinate ascent started: E[α] and E[β] for the first q(w), and which kind of start
 * it was ({@link Restarts}). Immutable.
 *
 * @param kind configured, evidence or grid
 * @param alpha E[α] for the first q(w) (the fixed α when α is fixed)
 * @param beta E[β] for the first q(w) (the fixed β when β is fixed)
 */
public record Start(Kind kind, double alpha, double beta) {
    /** Why a start was tried. */
    public enum Kind {
        /** The configuration's start: {@link Precision#initial()} of α and β. */
        CONFIGURED,
        /** The evidence approximation's α, β (PRML eqs. 3.92, 3.95). */
        EVIDENCE,
        /** A point of the grid of {@link Restarts#GRID}. */
        GRID;

        /** The lower-case name the JSON uses. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException unless alpha and beta are finite and &gt; 0 */
    public Start {
        java.util.Objects.requireNonNull(kind, "kind");
        if (!(alpha > 0 && Double.isFinite(alpha) && beta > 0 && Double.isFinite(beta))) {
            throw new IllegalArgumentException("start: expected finite E[α], E[β] > 0, got " + alpha + ", " + beta);
        }
    }

    /** e.g. {@code grid(alpha=0.01, beta=11.1)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s(alpha=%.4g, beta=%.4g)", kind.label(), alpha, beta);
    }
}
