package dev.zatta.vb;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The exact log evidence ln p(t | α, β) of Bayesian linear regression with fixed α and β (PRML eq.
 * 3.86): M/2 ln α + N/2 ln β − E(m_N) − ½ ln|A| − N/2 ln 2π, E(m_N) = β/2 |t − Φm_N|² + α/2 m_Nᵀm_N,
 * A = αI + βΦᵀΦ (eq. 3.79–3.82).
 *
 * <p>It is evaluated in the eigenbasis of ΦᵀΦ = QΛQᵀ (eq. 3.87), computed once, so each (α, β)
 * costs O(M) — cheap enough for numerical integration over (α, β), which gives the evidence of the
 * hierarchical model that the variational bound L lower-bounds. Independent of the Cholesky code
 * in {@link VariationalLinearRegression}. Immutable.
 */
public final class LogEvidence {
    private final int m;
    private final double n;
    private final double[] lambda;
    private final double[] projected;
    private final double targetSquares;

    private LogEvidence(SufficientStatistics data) {
        this.m = data.size();
        this.n = data.count();
        double[][] g = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                g[i][j] = data.gram(i, j);
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(g, false));
        RealMatrix q = eig.getV();
        this.lambda = eig.getRealEigenvalues();
        this.projected = q.transpose().operate(data.projection());
        this.targetSquares = data.targetSquares();
    }

    /** Prepares ln p(t | α, β) for these data. */
    public static LogEvidence of(SufficientStatistics data) {
        return new LogEvidence(data);
    }

    /** Most re-estimations of {@link #maximize}. */
    static final int MAX_REESTIMATIONS = 10_000;
    /** {@link #maximize} stops when α and β change by less than this, relative. */
    static final double REESTIMATION_TOLERANCE = 1e-12;

    /**
     * A maximum of the evidence found by re-estimation.
     *
     * @param alpha α at the end
     * @param beta β at the end
     * @param gamma γ, the effective number of parameters (PRML eq. 3.91)
     * @param logEvidence ln p(t | α, β) there (eq. 3.86)
     * @param iterations re-estimations run
     * @param converged whether α and β stopped changing (relative change &lt; 1e-12)
     */
    public record Maximum(double alpha, double beta, double gamma, double logEvidence, int iterations,
            boolean converged) {
    }

    /**
     * The evidence approximation (type-2 maximum likelihood, PRML §3.5.2): from (alpha, beta), with
     * m_N = β A⁻¹Φᵀt (eq. 3.84) and the eigenvalues λ_i of ΦᵀΦ, re-estimate
     * <pre>
     * γ = Σ_i βλ_i / (α + βλ_i)                (eq. 3.91)
     * α ← γ / m_Nᵀm_N                          (eq. 3.92)
     * 1/β ← |t − Φm_N|² / (N − γ)              (eq. 3.95)
     * </pre>
     * (only the precisions asked for) until both change by less than 10⁻¹² relative, or 10 000 times.
     * In the eigenbasis each step costs O(M).
     *
     * @throws ArithmeticException if the iteration leaves (0, ∞): α → ∞ when every weight shrinks to
     *     0, β → ∞ when the fit interpolates the data (N − γ → 0)
     */
    public Maximum maximize(double alpha, double beta, boolean estimateAlpha, boolean estimateBeta) {
        double a = alpha;
        double b = beta;
        for (int k = 1; k <= MAX_REESTIMATIONS; k++) {
            Posterior q = posterior(a, b);
            double na = estimateAlpha ? q.gamma / q.weightSquares : a;
            double nb = estimateBeta ? (n - q.gamma) / q.residual : b;
            if (!(na > 0 && Double.isFinite(na) && nb > 0 && Double.isFinite(nb))) {
                throw new ArithmeticException("evidence re-estimation left (0, ∞) after " + k + " steps: α = " + na
                        + ", β = " + nb + (q.weightSquares == 0 ? " (every weight shrunk to 0)"
                        : q.residual == 0 ? " (the fit interpolates)" : ""));
            }
            boolean done = Math.abs(na - a) <= REESTIMATION_TOLERANCE * a && Math.abs(nb - b) <= REESTIMATION_TOLERANCE * b;
            a = na;
            b = nb;
            if (done) {
                return new Maximum(a, b, q.gamma, at(a, b), k, true);
            }
        }
        return new Maximum(a, b, posterior(a, b).gamma, at(a, b), MAX_REESTIMATIONS, false);
    }

    /**
     * What (α, β) give, in the eigenbasis: m_Nᵀm_N, |t − Φm_N|², ln|A| and γ.
     */
    private record Posterior(double weightSquares, double residual, double logDetA, double gamma) {
    }

    private Posterior posterior(double alpha, double beta) {
        double mm = 0;
        double mb = 0;
        double mGm = 0;
        double logDetA = 0;
        double gamma = 0;
        for (int i = 0; i < m; i++) {
            double li = Math.max(lambda[i], 0.0);
            double ai = alpha + beta * li;
            double mi = beta * projected[i] / ai;
            mm += mi * mi;
            mb += mi * projected[i];
            mGm += li * mi * mi;
            logDetA += Math.log(ai);
            gamma += beta * li / ai;
        }
        return new Posterior(mm, Math.max(targetSquares - 2 * mb + mGm, 0.0), logDetA, gamma);
    }

    /** γ = Σ_i βλ_i / (α + βλ_i), the effective number of parameters (PRML eq. 3.91). */
    public double effectiveParameters(double alpha, double beta) {
        return posterior(alpha, beta).gamma;
    }

    /** The eigenvalues of ΦᵀΦ, negative round-off clamped to 0 (a copy). */
    public double[] eigenvalues() {
        return java.util.Arrays.stream(lambda).map(l -> Math.max(l, 0.0)).toArray();
    }

    /** ln p(t | α, β), PRML eq. 3.86. */
    public double at(double alpha, double beta) {
        Posterior q = posterior(alpha, beta);
        double e = beta / 2 * q.residual + alpha / 2 * q.weightSquares;
        return m / 2.0 * Math.log(alpha) + n / 2 * Math.log(beta) - e - 0.5 * q.logDetA
                - n / 2 * Math.log(2 * Math.PI);
    }
}
