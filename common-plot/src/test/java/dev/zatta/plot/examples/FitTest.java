package dev.zatta.plot.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The gallery's regression (weight space, PRML eqs. 3.53–3.54, 3.58–3.59) against the same model in
 * function space (PRML eqs. 6.62–6.67): a Gaussian process with kernel k(x, x') = φ(x)ᵀφ(x') / α and
 * noise 1/β gives the same predictive mean and variance, computed through an N x N solve instead.
 */
class FitTest {
    private static double[] phi(double x) {
        double[] p = new double[9];
        for (int i = 0; i < 9; i++) {
            double mu = i / 8.0;
            p[i] = Math.exp(-(x - mu) * (x - mu) / (2 * 0.1 * 0.1));
        }
        return p;
    }

    private static double k(double a, double b, double alpha) {
        double[] pa = phi(a);
        double[] pb = phi(b);
        double s = 0;
        for (int i = 0; i < 9; i++) {
            s += pa[i] * pb[i];
        }
        return s / alpha;
    }

    /** Solves c x = r by Gaussian elimination with partial pivoting (c is copied). */
    private static double[] solve(double[][] c, double[] r) {
        int n = r.length;
        double[][] a = new double[n][];
        double[] b = r.clone();
        for (int i = 0; i < n; i++) {
            a[i] = c[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int p = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[p][col])) {
                    p = row;
                }
            }
            double[] t = a[col];
            a[col] = a[p];
            a[p] = t;
            double tb = b[col];
            b[col] = b[p];
            b[p] = tb;
            for (int row = col + 1; row < n; row++) {
                double f = a[row][col] / a[col][col];
                for (int j = col; j < n; j++) {
                    a[row][j] -= f * a[col][j];
                }
                b[row] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    @Test
    void weightSpaceAndFunctionSpaceAgree() {
        for (int n : new int[] {2, 6, 25}) {
            Gallery.Fit fit = Gallery.Fit.of(n, 25.0, 7L);
            double[][] c = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = k(fit.x[i], fit.x[j], fit.alpha) + (i == j ? 1 / fit.beta : 0);
                }
            }
            double[] a = solve(c, fit.t);
            for (int g = 0; g < fit.grid.length; g += 10) {
                double[] kx = new double[n];
                for (int i = 0; i < n; i++) {
                    kx[i] = k(fit.grid[g], fit.x[i], fit.alpha);
                }
                double mean = 0;
                double[] ck = solve(c, kx);
                double var = 1 / fit.beta + k(fit.grid[g], fit.grid[g], fit.alpha);
                for (int i = 0; i < n; i++) {
                    mean += kx[i] * a[i];
                    var -= kx[i] * ck[i];
                }
                assertThat(fit.mean[g]).as("mean at x=%s, N=%d", fit.grid[g], n).isCloseTo(mean, within(1e-9));
                assertThat(fit.sd[g]).as("sd at x=%s, N=%d", fit.grid[g], n).isCloseTo(Math.sqrt(var), within(1e-9));
            }
        }
    }
}
