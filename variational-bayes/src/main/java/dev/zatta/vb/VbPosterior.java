package dev.zatta.vb;

import java.util.List;
import java.util.Optional;

/**
 * The result of a variational fit: q(w) = N(m_N, S_N), q(α) = Gam(a_N, b_N), q(β) = Gam(c_N, d_N)
 * (or the fixed values), the lower bound after every sweep, the sweep count, whether L converged,
 * the start it came from and every start the fit tried ({@link Restarts}). Immutable;
 * {@link #predict} is thread-safe.
 */
public final class VbPosterior {
    private final VbConfig config;
    private final long count;
    private final double[] mean;
    private final double[] covariance;
    private final double[][] precisionFactor;
    private final GammaDensity alphaPosterior;
    private final GammaDensity betaPosterior;
    private final double expectedAlpha;
    private final double expectedBeta;
    private final double[] lowerBoundTrace;
    private final boolean converged;
    private final Start start;
    private final List<Attempt> attempts;

    VbPosterior(VbConfig config, long count, double[] mean, double[] covariance, double[][] precisionFactor,
            GammaDensity alphaPosterior, GammaDensity betaPosterior, double expectedAlpha, double expectedBeta,
            double[] lowerBoundTrace, boolean converged, Start start, List<Attempt> attempts) {
        this.config = config;
        this.count = count;
        this.mean = mean;
        this.covariance = covariance;
        this.precisionFactor = precisionFactor;
        this.alphaPosterior = alphaPosterior;
        this.betaPosterior = betaPosterior;
        this.expectedAlpha = expectedAlpha;
        this.expectedBeta = expectedBeta;
        this.lowerBoundTrace = lowerBoundTrace;
        this.converged = converged;
        this.start = start;
        this.attempts = List.copyOf(attempts);
    }

    VbPosterior withConverged() {
        return new VbPosterior(config, count, mean, covariance, precisionFactor, alphaPosterior, betaPosterior,
                expectedAlpha, expectedBeta, lowerBoundTrace, true, start, attempts);
    }

    VbPosterior withAttempts(List<Attempt> all) {
        return new VbPosterior(config, count, mean, covariance, precisionFactor, alphaPosterior, betaPosterior,
                expectedAlpha, expectedBeta, lowerBoundTrace, converged, start, all);
    }

    /** The configuration that produced this fit. */
    public VbConfig config() {
        return config;
    }

    /** The basis. */
    public Basis basis() {
        return config.basis();
    }

    /** N, the number of rows fitted. */
    public long count() {
        return count;
    }

    /** m_N (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** S_N, M×M row-major (a copy). */
    public double[] covariance() {
        return covariance.clone();
    }

    /** (S_N)_ij. */
    public double covariance(int i, int j) {
        return covariance[i * mean.length + j];
    }

    /** q(α) = Gam(a_N, b_N); empty when α is fixed. */
    public Optional<GammaDensity> alphaPosterior() {
        return Optional.ofNullable(alphaPosterior);
    }

    /** q(β) = Gam(c_N, d_N); empty when β is fixed. */
    public Optional<GammaDensity> betaPosterior() {
        return Optional.ofNullable(betaPosterior);
    }

    /** E[α] = a_N/b_N (PRML eq. 10.102), or the fixed α. */
    public double expectedAlpha() {
        return expectedAlpha;
    }

    /** E[β] = c_N/d_N, or the fixed β. */
    public double expectedBeta() {
        return expectedBeta;
    }

    /** The lower bound L after the last sweep. */
    public double lowerBound() {
        return lowerBoundTrace[lowerBoundTrace.length - 1];
    }

    /** L after each sweep, first to last (a copy). */
    public double[] lowerBoundTrace() {
        return lowerBoundTrace.clone();
    }

    /** Sweeps run. */
    public int iterations() {
        return lowerBoundTrace.length;
    }

    /** Whether |ΔL| fell below the tolerance (always true with α and β both fixed). */
    public boolean converged() {
        return converged;
    }

    /** The start these sweeps began from: the one with the highest bound among those tried. */
    public Start start() {
        return start;
    }

    /**
     * Every start {@link VariationalLinearRegression#fit} tried, in order, with its bound (empty for a
     * state of {@link VariationalLinearRegression#sweeps}, which runs one start).
     */
    public List<Attempt> attempts() {
        return attempts;
    }

    /**
     * The predictive distribution at x (PRML eq. 10.105): mean m_Nᵀφ(x) and two variances,
     * <ul>
     *   <li>plug-in (10.105): 1/E[β] + φᵀS_Nφ;</li>
     *   <li>exact under q: E[1/β] + φᵀS_Nφ = d_N/(c_N − 1) + φᵀS_Nφ when β is learned (the noise
     *       integrated over q(β) is Student-t with ν = 2c_N, whose variance is finite only for
     *       c_N &gt; 1; +∞ otherwise); the plug-in value when β is fixed.</li>
     * </ul>
     * φᵀS_Nφ = |L⁻¹φ|² by one triangular solve with the Cholesky factor of S_N⁻¹.
     */
    public Prediction predict(double x) {
        int m = mean.length;
        double[] phi = config.basis().apply(x);
        double mu = 0;
        for (int j = 0; j < m; j++) {
            mu += mean[j] * phi[j];
        }
        double[] z = Triangular.solveLower(precisionFactor, phi);
        double weightVar = 0;
        for (double v : z) {
            weightVar += v * v;
        }
        if (betaPosterior == null) {
            double v = 1 / expectedBeta + weightVar;
            return new Prediction(x, mu, weightVar, v, v, Double.POSITIVE_INFINITY, 1 / expectedBeta);
        }
        double c = betaPosterior.shape();
        double d = betaPosterior.rate();
        return new Prediction(x, mu, weightVar, betaPosterior.meanInverse() + weightVar, 1 / expectedBeta + weightVar,
                2 * c, d / c);
    }

    /** {@link #predict} at every x. */
    public Prediction[] predict(double[] xs) {
        Prediction[] out = new Prediction[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = predict(xs[i]);
        }
        return out;
    }
}
