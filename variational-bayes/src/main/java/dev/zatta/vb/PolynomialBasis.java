package dev.zatta.vb;

/** The polynomial basis φ_j(x) = x^j, j = 0…D (PRML eq. 3.3 with φ_j(x) = x^j). Immutable. */
public final class PolynomialBasis {
    private final int degree;

    private PolynomialBasis(int degree) {
        this.degree = degree;
    }

    /** @throws IllegalArgumentException if {@code degree} is negative */
    public static PolynomialBasis of(int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("degree: expected an integer >= 0, got " + degree);
        }
        return new PolynomialBasis(degree);
    }

    /** Number of basis functions, M = D + 1. */
    public int size() {
        return degree + 1;
    }

    /** φ(x) = (1, x, x², …, x^D). */
    public double[] apply(double x) {
        double[] phi = new double[degree + 1];
        double p = 1.0;
        for (int j = 0; j <= degree; j++) {
            phi[j] = p;
            p *= x;
        }
        return phi;
    }
}
