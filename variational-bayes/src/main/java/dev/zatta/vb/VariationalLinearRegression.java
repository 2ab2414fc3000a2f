package dev.zatta.vb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * Mean-field variational Bayes for linear regression, q(w, α, β) = q(w) q(α) q(β) (Bishop, PRML
 * §10.3, extended as in the blog with a Gamma hyperprior on the noise precision β too).
 *
 * <p>One <em>sweep</em> updates, in this order:
 * <ol>
 *   <li>q(w) = N(w | m_N, S_N) from the current E[α], E[β]: S_N⁻¹ = E[α]I + E[β]ΦᵀΦ and
 *       m_N = E[β] S_N Φᵀt (PRML eq. 10.96–10.98; with α, β fixed these are eq. 3.53–3.54);</li>
 *   <li>q(α) = Gam(a_N, b_N), a_N = a0 + M/2, b_N = b0 + (|m_N|² + tr S_N)/2 (eq. 10.93–10.95),
 *       E[α] = a_N/b_N (eq. 10.102) — unless α is fixed;</li>
 *   <li>q(β) = Gam(c_N, d_N), c_N = c0 + N/2, d_N = d0 + (|t − Φm_N|² + tr(ΦᵀΦ S_N))/2,
 *       E[β] = c_N/d_N — unless β is fixed (PRML's own §10.3);</li>
 * </ol>
 * then computes the lower bound L (eq. 10.107–10.112, see {@link #lowerBound}). S_N⁻¹ is factored by
 * Cholesky, S_N⁻¹ = LLᵀ; m_N comes from two triangular solves, and tr S_N, tr(ΦᵀΦS_N), ln|S_N| and
 * φᵀS_Nφ from L and L⁻¹ (triangular solves), never from an explicit inverse of S_N⁻¹.
 *
 * <p>The sweeps only climb, so {@link #fit} runs them from each start of the configuration's
 * {@link Restarts} and keeps the highest bound; {@link #sweeps} runs the configured start alone.
 *
 * <p>The blog's loop, fixed: it read the global {@code t} instead of its argument, always ran six
 * iterations (here: until L stops changing, with the count and a converged flag reported), and drew
 * σ from the updated β with the previous q(w) (here every {@link VbPosterior} holds the factors of
 * one and the same sweep).
 */
public final class VariationalLinearRegression {
    private VariationalLinearRegression() {
    }

    /**
     * Fits in-memory data.
     *
     * @throws IllegalArgumentException for bad data (naming the array and index) or no rows
     */
    public static VbPosterior fit(VbConfig config, double[] x, double[] t) {
        return fit(config, SufficientStatistics.of(config.basis(), x, t));
    }

    /**
     * Runs sweeps until converged or {@code maxIterations} (see {@link VbConfig}) from each start of
     * {@code config.restarts()} in turn ({@link Restarts}: the configured start first) and returns the
     * run with the highest lower bound; {@link VbPosterior#start()} says which start won and
     * {@link VbPosterior#attempts()} lists every start with its bound. A later start wins only if its
     * bound is higher by more than 1000 · tol · max(1, |L|), so that two starts reaching the same
     * optimum (their bounds differ by about the stopping tolerance) keep the earlier one and the result
     * does not flip with round-off. A start from which S_N⁻¹ is not numerically positive definite is
     * recorded as failed and skipped.
     *
     * @throws IllegalArgumentException if there are no rows or the statistics' M differs from the
     *     basis size
     * @throws ArithmeticException if every start fails (the configured start's error)
     */
    public static VbPosterior fit(VbConfig config, SufficientStatistics data) {
        check(config, data);
        StartingPoints.Plan plan = StartingPoints.of(config, data);
        List<Attempt> attempts = new ArrayList<>(plan.failures());
        VbPosterior best = null;
        ArithmeticException firstFailure = null;
        for (Start start : plan.starts()) {
            VbPosterior run;
            try {
                run = last(new Sweeper(config, data, start));
            } catch (ArithmeticException e) {
                attempts.add(Attempt.failed(start.kind(), Optional.of(start), e.getMessage()));
                firstFailure = firstFailure == null ? e : firstFailure;
                continue;
            }
            attempts.add(Attempt.ran(start, run));
            if (best == null || run.lowerBound() > best.lowerBound() + margin(config, best.lowerBound())) {
                best = run;
            }
        }
        if (best == null) {
            throw firstFailure;
        }
        return best.withAttempts(attempts);
    }

    /** How much higher a later start's bound must be to replace the best so far. */
    static double margin(VbConfig config, double bound) {
        return 1e3 * config.tolerance() * Math.max(1.0, Math.abs(bound));
    }

    private static VbPosterior last(Iterator<VbPosterior> it) {
        VbPosterior last = it.next();
        while (it.hasNext()) {
            last = it.next();
        }
        return last;
    }

    /**
     * The sweeps one at a time from the configured start (no restarts): element i is the state after
     * sweep i + 1 (the blog's loop index i), each with the lower-bound trace so far. The iterator ends
     * after the converged sweep or the last allowed one.
     */
    public static Iterator<VbPosterior> sweeps(VbConfig config, SufficientStatistics data) {
        check(config, data);
        return new Sweeper(config, data, new Start(Start.Kind.CONFIGURED, config.alpha().initial(),
                config.beta().initial()));
    }

    private static void check(VbConfig config, SufficientStatistics data) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
        if (data.count() == 0) {
            throw new IllegalArgumentException("data: expected at least one row, got none");
        }
        if (data.size() != config.basis().size()) {
            throw new IllegalArgumentException("data: expected statistics for M = " + config.basis().size()
                    + " basis functions, got M = " + data.size());
        }
    }

    private static final class Sweeper implements Iterator<VbPosterior> {
        private final VbConfig config;
        private final SufficientStatistics data;
        private final Start start;
        private double eAlpha;
        private double eBeta;
        private final List<Double> trace = new ArrayList<>();
        private boolean done;

        Sweeper(VbConfig config, SufficientStatistics data, Start start) {
            this.config = config;
            this.data = data;
            this.start = start;
            this.eAlpha = start.alpha();
            this.eBeta = start.beta();
        }

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public VbPosterior next() {
            if (done) {
                throw new NoSuchElementException("the fit has ended");
            }
            VbPosterior p = sweep(config, data, start, eAlpha, eBeta, trace);
            eAlpha = p.expectedAlpha();
            eBeta = p.expectedBeta();
            int k = trace.size();
            boolean fixedBoth = config.alpha() instanceof Precision.Fixed && config.beta() instanceof Precision.Fixed;
            boolean converged = fixedBoth || (k >= 2 && Math.abs(trace.get(k - 1) - trace.get(k - 2))
                    < config.tolerance() * Math.max(1.0, Math.abs(trace.get(k - 1))));
            if (converged || k >= config.maxIterations()) {
                done = true;
            }
            return converged ? p.withConverged() : p;
        }
    }

    /** One sweep from E[α] = alpha, E[β] = beta of a run begun at {@code start}; appends L to {@code trace}. */
    static VbPosterior sweep(VbConfig config, SufficientStatistics data, Start start, double alpha, double beta,
            List<Double> trace) {
        int m = data.size();
        double n = data.count();
        double[] g = data.gramUnsafe();
        double[] b = data.projectionUnsafe();

        // q(w): S_N⁻¹ = αI + βΦᵀΦ (10.97 / 3.54), m_N = β S_N Φᵀt (10.96 / 3.53)
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = beta * g[i * m + j];
            }
            a[i][i] += alpha;
        }
        double[][] l;
        try {
            l = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 0.0).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new ArithmeticException("S_N⁻¹ = E[α]I + E[β]ΦᵀΦ is not numerically positive definite (E[α] = "
                    + alpha + ", E[β] = " + beta + "): " + e.getMessage());
        }
        double[] rhs = new double[m];
        for (int i = 0; i < m; i++) {
            rhs[i] = beta * b[i];
        }
        double[] mean = Triangular.solveLowerTransposed(l, Triangular.solveLower(l, rhs));
        double[][] lInv = Triangular.invertLower(l);
        double[] cov = new double[m * m];
        // S_N = L⁻ᵀ L⁻¹: S_ij = Σ_k (L⁻¹)_ki (L⁻¹)_kj, k ≥ max(i, j)
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double s = 0;
                for (int k = j; k < m; k++) {
                    s += lInv[k][i] * lInv[k][j];
                }
                cov[i * m + j] = s;
                cov[j * m + i] = s;
            }
        }
        double traceS = 0;
        double logDetA = 0;
        for (int i = 0; i < m; i++) {
            traceS += cov[i * m + i];
            logDetA += 2 * Math.log(l[i][i]);
        }
        double traceGS = 0;
        for (int i = 0; i < g.length; i++) {
            traceGS += g[i] * cov[i];
        }
        double mm = 0;
        double mb = 0;
        double mGm = 0;
        for (int i = 0; i < m; i++) {
            mm += mean[i] * mean[i];
            mb += mean[i] * b[i];
            double gi = 0;
            for (int j = 0; j < m; j++) {
                gi += g[i * m + j] * mean[j];
            }
            mGm += mean[i] * gi;
        }
        double weightSquares = mm + traceS;                                    // W = |m|² + tr S
        double residual = data.targetSquares() - 2 * mb + mGm + traceGS;      // R = |t − Φm|² + tr(ΦᵀΦS)

        // q(α) (10.94–10.95) and q(β)
        GammaDensity qAlpha = null;
        double newAlpha = alpha;
        if (config.alpha() instanceof Precision.Learned learned) {
            GammaDensity p = learned.prior();
            qAlpha = GammaDensity.of(p.shape() + m / 2.0, p.rate() + weightSquares / 2);
            newAlpha = qAlpha.mean();
        }
        GammaDensity qBeta = null;
        double newBeta = beta;
        if (config.beta() instanceof Precision.Learned learned) {
            GammaDensity p = learned.prior();
            qBeta = GammaDensity.of(p.shape() + n / 2, p.rate() + residual / 2);
            newBeta = qBeta.mean();
        }
        double bound = lowerBound(config, m, n, qAlpha, qBeta, newAlpha, newBeta, weightSquares, residual, -logDetA);
        trace.add(bound);
        double[] traceArray = trace.stream().mapToDouble(Double::doubleValue).toArray();
        return new VbPosterior(config, data.count(), mean, cov, l, qAlpha, qBeta, newAlpha, newBeta,
                traceArray, false, start, List.of());
    }

    /**
     * The lower bound L(q) (PRML eq. 10.107–10.112 with the β terms of the blog's model):
     * <pre>
     * L = N/2(⟨ln β⟩ − ln 2π) − ⟨β⟩R/2 + M/2(⟨ln α⟩ − ln 2π) − ⟨α⟩W/2
     *   + a0 ln b0 − ln Γ(a0) + (a0 − 1)⟨ln α⟩ − b0⟨α⟩ + c0 ln d0 − ln Γ(c0) + (c0 − 1)⟨ln β⟩ − d0⟨β⟩
     *   + M/2(1 + ln 2π) + ½ ln|S_N| + H[q(α)] + H[q(β)]
     * </pre>
     * with R = |t − Φm_N|² + tr(ΦᵀΦS_N), W = |m_N|² + tr S_N, ⟨ln α⟩ = ψ(a_N) − ln b_N and the Gamma
     * entropies H = a − ln b + ln Γ(a) + (1 − a)ψ(a). A fixed precision drops its prior and entropy
     * terms and uses ⟨ln β⟩ = ln β (PRML's fixed-β §10.3); with both fixed L is the exact log evidence
     * ln p(t | α, β) of PRML eq. 3.86.
     */
    static double lowerBound(VbConfig config, int m, double n, GammaDensity qAlpha, GammaDensity qBeta,
            double eAlpha, double eBeta, double weightSquares, double residual, double logDetS) {
        double ln2pi = Math.log(2 * Math.PI);
        double lnAlpha = qAlpha == null ? Math.log(eAlpha) : qAlpha.meanLog();
        double lnBeta = qBeta == null ? Math.log(eBeta) : qBeta.meanLog();
        double bound = n / 2 * (lnBeta - ln2pi) - eBeta * residual / 2                  // E[ln p(t|w,β)]
                + m / 2.0 * (lnAlpha - ln2pi) - eAlpha * weightSquares / 2              // E[ln p(w|α)]
                + m / 2.0 * (1 + ln2pi) + 0.5 * logDetS;                                  // H[q(w)]
        if (config.alpha() instanceof Precision.Learned learned) {
            bound += learned.prior().expectedLogDensity(eAlpha, lnAlpha) + qAlpha.entropy();
        }
        if (config.beta() instanceof Precision.Learned learned) {
            bound += learned.prior().expectedLogDensity(eBeta, lnBeta) + qBeta.entropy();
        }
        return bound;
    }
}
