package dev.zatta.vb;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The predictive distribution of t at one x (PRML eq. 10.105 and its Student-t refinement).
 * Immutable.
 *
 * @param x the input
 * @param mean m_Nᵀφ(x)
 * @param weightVariance φᵀS_Nφ, the part of the variance due to the uncertainty in w
 * @param variance the variance under q: E[1/β] + φᵀS_Nφ (= d_N/(c_N − 1) + φᵀS_Nφ, +∞ for c_N ≤ 1);
 *     equals {@code variancePlugin} when β is fixed
 * @param variancePlugin 1/E[β] + φᵀS_Nφ (PRML eq. 10.105)
 * @param degreesOfFreedom ν = 2c_N of the Student-t noise, +∞ when β is fixed (Gaussian noise)
 * @param noiseScale2 the squared scale of the noise: d_N/c_N = 1/E[β] (the Student-t's σ²)
 */
public record Prediction(double x, double mean, double weightVariance, double variance, double variancePlugin,
        double degreesOfFreedom, double noiseScale2) {

    /** √variance (+∞ when c_N ≤ 1). */
    public double sd() {
        return Math.sqrt(variance);
    }

    /** √variancePlugin. */
    public double sdPlugin() {
        return Math.sqrt(variancePlugin);
    }

    /**
     * A central interval holding probability {@code level} under the plug-in Gaussian N(mean,
     * variancePlugin).
     */
    public double[] intervalPlugin(double level) {
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(upper(level));
        double h = z * sdPlugin();
        return new double[] {mean - h, mean + h};
    }

    /**
     * A central interval of probability at least about {@code level} that accounts for the Student-t
     * noise: mean ± t_ν(q)·√(d_N/c_N + φᵀS_Nφ) with ν = 2c_N. The exact predictive is the sum of the
     * Gaussian φᵀw and the Student-t noise; replacing it by a Student-t with the summed squared scale
     * is exact when φᵀS_Nφ = 0 and otherwise slightly heavier-tailed, so the interval errs on the
     * wide side. With β fixed it is the Gaussian interval.
     */
    public double[] interval(double level) {
        if (Double.isInfinite(degreesOfFreedom)) {
            return intervalPlugin(level);
        }
        double q = new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(upper(level));
        double h = q * Math.sqrt(noiseScale2 + weightVariance);
        return new double[] {mean - h, mean + h};
    }

    private static double upper(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: expected a probability in (0, 1), got " + level);
        }
        return 0.5 + level / 2;
    }
}
