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

    /** ln p(t | α, β), PRML eq. 3.86. */
    public double at(double alpha, double beta) {
        double mm = 0;
        double mb = 0;
        double mGm = 0;
        double logDetA = 0;
        for (int i = 0; i < m; i++) {
            double li = Math.max(lambda[i], 0.0);
            double ai = alpha + beta * li;
            double mi = beta * projected[i] / ai;
            mm += mi * mi;
            mb += mi * projected[i];
            mGm += li * mi * mi;
            logDetA += Math.log(ai);
        }
        double rss = Math.max(targetSquares - 2 * mb + mGm, 0.0);
        double e = beta / 2 * rss + alpha / 2 * mm;
        return m / 2.0 * Math.log(alpha) + n / 2 * Math.log(beta) - e - 0.5 * logDetA
                - n / 2 * Math.log(2 * Math.PI);
    }
}
