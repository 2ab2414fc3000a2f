package dev.zatta.vb;

/** Forward and back substitution with a lower-triangular Cholesky factor L (row arrays). */
final class Triangular {
    private Triangular() {
    }

    /** Solves L y = b. */
    static double[] solveLower(double[][] l, double[] b) {
        int m = b.length;
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                s -= li[k] * y[k];
            }
            y[i] = s / li[i];
        }
        return y;
    }

    /** Solves Lᵀ x = y. */
    static double[] solveLowerTransposed(double[][] l, double[] y) {
        int m = y.length;
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** L⁻¹ (lower triangular) by forward substitution on the columns of I. */
    static double[][] invertLower(double[][] l) {
        int m = l.length;
        double[][] inv = new double[m][m];
        for (int c = 0; c < m; c++) {
            inv[c][c] = 1.0 / l[c][c];
            for (int i = c + 1; i < m; i++) {
                double s = 0;
                for (int k = c; k < i; k++) {
                    s -= l[i][k] * inv[k][c];
                }
                inv[i][c] = s / l[i][i];
            }
        }
        return inv;
    }
}
