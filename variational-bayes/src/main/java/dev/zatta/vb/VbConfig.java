package dev.zatta.vb;

import java.util.Objects;

/**
 * Everything a variational fit needs besides the data: the basis, how α and β are treated, and the
 * stopping rule. Immutable and validated; build one with {@link #builder(Basis)}.
 *
 * <p>Stopping rule: after each full sweep (q(w), then q(α), then q(β)) the lower bound L_k is
 * computed; the fit stops as converged when |L_k − L_{k−1}| &lt; tol · max(1, |L_k|) (relative for
 * large |L|, which grows with N, absolute near 0), or unconverged after {@code maxIterations}
 * sweeps. With α and β both fixed one sweep gives the exact posterior and the fit is converged.
 * {@code tol = 0} runs exactly {@code maxIterations} sweeps (used by the reference comparisons).
 *
 * @param basis the basis functions φ
 * @param alpha the weight-prior precision α: fixed, or learned under Gam(a0, b0)
 * @param beta the noise precision β: fixed (PRML §10.3) or learned under Gam(c0, d0) (the blog)
 * @param tolerance tol ≥ 0
 * @param maxIterations the most sweeps, ≥ 1
 * @param restarts the starts {@link VariationalLinearRegression#fit} tries (the highest bound is
 *     kept); {@link Restarts#GRID} unless set
 */
public record VbConfig(Basis basis, Precision alpha, Precision beta, double tolerance, int maxIterations,
        Restarts restarts) {
    /** Default tolerance on the change of L (see the class comment). */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    /** Default sweep limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** @throws IllegalArgumentException naming the bad parameter */
    public VbConfig {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
        Objects.requireNonNull(restarts, "restarts");
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance: expected a finite number >= 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations: expected an integer >= 1, got " + maxIterations);
        }
    }

    /** A builder with α ~ Gam(1, 1), β ~ Gam(1, 1), the default tolerance, sweep limit and restarts. */
    public static Builder builder(Basis basis) {
        return new Builder(basis);
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(basis).alpha(alpha).beta(beta).tolerance(tolerance).maxIterations(maxIterations)
                .restarts(restarts);
    }

    /** Mutable builder of {@link VbConfig}; not thread-safe. */
    public static final class Builder {
        private Basis basis;
        private Precision alpha = Precision.learned(1, 1);
        private Precision beta = Precision.learned(1, 1);
        private double tolerance = DEFAULT_TOLERANCE;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private Restarts restarts = Restarts.GRID;

        private Builder(Basis basis) {
            this.basis = basis;
        }

        /** The basis. */
        public Builder basis(Basis value) {
            this.basis = value;
            return this;
        }

        /** How α is treated. */
        public Builder alpha(Precision value) {
            this.alpha = value;
            return this;
        }

        /** How β is treated. */
        public Builder beta(Precision value) {
            this.beta = value;
            return this;
        }

        /** α learned under Gam(a0, b0). */
        public Builder alphaPrior(double a0, double b0) {
            return alpha(Precision.learned(a0, b0));
        }

        /** β learned under Gam(c0, d0). */
        public Builder betaPrior(double c0, double d0) {
            return beta(Precision.learned(c0, d0));
        }

        /** α held at a value. */
        public Builder fixedAlpha(double value) {
            return alpha(Precision.fixed(value));
        }

        /** β held at a value. */
        public Builder fixedBeta(double value) {
            return beta(Precision.fixed(value));
        }

        /** Tolerance on the change of L. */
        public Builder tolerance(double value) {
            this.tolerance = value;
            return this;
        }

        /** Sweep limit. */
        public Builder maxIterations(int value) {
            this.maxIterations = value;
            return this;
        }

        /** The starts the fit tries ({@link Restarts}). */
        public Builder restarts(Restarts value) {
            this.restarts = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the bad parameter */
        public VbConfig build() {
            return new VbConfig(basis, alpha, beta, tolerance, maxIterations, restarts);
        }
    }
}
