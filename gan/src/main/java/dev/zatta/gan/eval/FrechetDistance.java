package dev.zatta.gan.eval;

import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet (2-Wasserstein) distance between two Gaussians, as used by the FID score of Heusel et al.,
 * "GANs Trained by a Two Time-Scale Update Rule Converge to a Local Nash Equilibrium" (NeurIPS 2017),
 * eq. (6) — here on the features of this module's MNIST classifier instead of Inception's:
 * <pre>
 *   d² = ‖μ₁ − μ₂‖² + Tr(Σ₁ + Σ₂ − 2 (Σ₁Σ₂)^{1/2})
 * </pre>
 * The trace of the matrix square root is computed in its symmetric form: Σ₁Σ₂ is similar to
 * √Σ₁ Σ₂ √Σ₁, which is symmetric positive semi-definite, so
 * {@code Tr((Σ₁Σ₂)^{1/2}) = Σᵢ √λᵢ(√Σ₁ Σ₂ √Σ₁)}, with √Σ₁ from a symmetric eigendecomposition.
 * Eigenvalues that rounding makes slightly negative are taken as 0, and so is a distance of −1e−12.
 * This stays exact for singular covariances (fewer samples than feature dimensions), where the usual
 * {@code sqrtm(Σ₁Σ₂)} of a non-symmetric matrix is ill-conditioned. Stateless and thread-safe.
 */
public final class FrechetDistance {
    private FrechetDistance() {}

    /**
     * A Gaussian fitted to feature vectors: mean and covariance. Immutable; accessors return copies.
     */
    public static final class Gaussian {
        private final double[] mean;
        private final double[][] covariance;
        private final int count;

        private Gaussian(double[] mean, double[][] covariance, int count) {
            this.mean = mean;
            this.covariance = covariance;
            this.count = count;
        }

        /**
         * The Gaussian with the sample mean and the unbiased sample covariance (divided by n − 1, as
         * numpy's {@code cov} and the reference FID code) of {@code rows}, one feature vector per row.
         *
         * @throws IllegalArgumentException if there are fewer than 2 rows, rows of different lengths or a
         *     non-finite value
         */
        public static Gaussian fit(double[][] rows) {
            Objects.requireNonNull(rows, "rows");
            if (rows.length < 2) {
                throw new IllegalArgumentException("rows: expected at least 2 feature vectors to estimate a "
                        + "covariance, got " + rows.length);
            }
            int d = rows[0].length;
            if (d < 1) {
                throw new IllegalArgumentException("rows: expected feature vectors of length >= 1, got 0");
            }
            double[] mean = new double[d];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].length != d) {
                    throw new IllegalArgumentException("rows[" + i + "]: expected " + d + " features like rows[0], got "
                            + rows[i].length);
                }
                for (int j = 0; j < d; j++) {
                    double v = rows[i][j];
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("rows[" + i + "][" + j + "]: expected a finite value, got " + v);
                    }
                    mean[j] += v;
                }
            }
            for (int j = 0; j < d; j++) {
                mean[j] /= rows.length;
            }
            double[][] cov = new double[d][d];
            double[] centred = new double[d];
            for (double[] row : rows) {
                for (int j = 0; j < d; j++) {
                    centred[j] = row[j] - mean[j];
                }
                for (int j = 0; j < d; j++) {
                    double cj = centred[j];
                    for (int k = j; k < d; k++) {
                        cov[j][k] += cj * centred[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                for (int k = j; k < d; k++) {
                    cov[j][k] /= rows.length - 1;
                    cov[k][j] = cov[j][k];
                }
            }
            return new Gaussian(mean, cov, rows.length);
        }

        /**
         * A Gaussian given by its mean and covariance (symmetric; positive semi-definite is assumed).
         *
         * @throws IllegalArgumentException if the shapes disagree or the covariance is not symmetric
         */
        public static Gaussian of(double[] mean, double[][] covariance) {
            int d = mean.length;
            if (d < 1) {
                throw new IllegalArgumentException("mean: expected length >= 1, got 0");
            }
            if (covariance.length != d) {
                throw new IllegalArgumentException("covariance: expected " + d + " x " + d + " like the mean, got "
                        + covariance.length + " rows");
            }
            double[][] cov = new double[d][];
            for (int j = 0; j < d; j++) {
                if (covariance[j].length != d) {
                    throw new IllegalArgumentException("covariance[" + j + "]: expected " + d + " columns, got "
                            + covariance[j].length);
                }
                cov[j] = covariance[j].clone();
            }
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < j; k++) {
                    double a = cov[j][k];
                    double b = cov[k][j];
                    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                        throw new IllegalArgumentException("covariance: expected a symmetric matrix, got ["
                                + j + "][" + k + "] = " + a + " but [" + k + "][" + j + "] = " + b);
                    }
                }
            }
            return new Gaussian(mean.clone(), cov, 0);
        }

        /** Number of feature dimensions. */
        public int dimension() {
            return mean.length;
        }

        /** Number of vectors it was fitted to; 0 when given by {@link #of}. */
        public int count() {
            return count;
        }

        /** The mean (a copy). */
        public double[] mean() {
            return mean.clone();
        }

        /** The covariance (a copy). */
        public double[][] covariance() {
            double[][] c = new double[covariance.length][];
            for (int j = 0; j < c.length; j++) {
                c[j] = covariance[j].clone();
            }
            return c;
        }
    }

    /** The Fréchet distance (squared, as FID reports it) between Gaussians fitted to two feature sets. */
    public static double between(double[][] x, double[][] y) {
        return between(Gaussian.fit(x), Gaussian.fit(y));
    }

    /**
     * The squared Fréchet distance {@code ‖μ₁ − μ₂‖² + Tr(Σ₁ + Σ₂ − 2 (Σ₁Σ₂)^{1/2})} between two
     * Gaussians.
     *
     * @throws IllegalArgumentException if their dimensions differ
     */
    public static double between(Gaussian a, Gaussian b) {
        int d = a.dimension();
        if (b.dimension() != d) {
            throw new IllegalArgumentException("expected Gaussians of the same dimension, got " + d + " and "
                    + b.dimension());
        }
        double meanTerm = 0;
        double traces = 0;
        for (int j = 0; j < d; j++) {
            double diff = a.mean[j] - b.mean[j];
            meanTerm += diff * diff;
            traces += a.covariance[j][j] + b.covariance[j][j];
        }
        double fd = meanTerm + traces - 2 * traceSqrtProduct(a.covariance, b.covariance);
        return Math.max(0, fd);
    }

    /**
     * {@code Tr((Σ₁Σ₂)^{1/2}) = Σᵢ √λᵢ(√Σ₁ Σ₂ √Σ₁)} for symmetric positive semi-definite Σ₁, Σ₂.
     */
    static double traceSqrtProduct(double[][] s1, double[][] s2) {
        RealMatrix sqrt1 = symmetricSqrt(new Array2DRowRealMatrix(s1, false));
        RealMatrix m = sqrt1.multiply(new Array2DRowRealMatrix(s2, false)).multiply(sqrt1);
        double[] eig = new EigenDecomposition(symmetrize(m)).getRealEigenvalues();
        double trace = 0;
        for (double e : eig) {
            trace += Math.sqrt(Math.max(0, e));
        }
        return trace;
    }

    /** √S = V diag(√max(λ, 0)) Vᵀ of a symmetric positive semi-definite S. */
    static RealMatrix symmetricSqrt(RealMatrix s) {
        EigenDecomposition eig = new EigenDecomposition(symmetrize(s));
        double[] lambda = eig.getRealEigenvalues();
        RealMatrix v = eig.getV();
        int d = lambda.length;
        double[][] scaled = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                scaled[j][k] = v.getEntry(j, k) * Math.sqrt(Math.max(0, lambda[k]));
            }
        }
        return new Array2DRowRealMatrix(scaled, false).multiply(v.transpose());
    }

    /** (M + Mᵀ)/2: removes the rounding asymmetry so that the symmetric eigensolver applies exactly. */
    private static RealMatrix symmetrize(RealMatrix m) {
        int d = m.getRowDimension();
        double[][] s = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                s[j][k] = 0.5 * (m.getEntry(j, k) + m.getEntry(k, j));
            }
        }
        return new Array2DRowRealMatrix(s, false);
    }
}
