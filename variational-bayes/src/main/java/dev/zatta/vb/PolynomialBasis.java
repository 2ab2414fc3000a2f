package dev.zatta.vb;

/** The polynomial basis φ_j(x) = x^j, j = 0…D (PRML eq. 3.3 with φ_j(x) = x^j). Immutable. */
public final class PolynomialBasis implements Basis {
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

    /** The degree D. */
    public int degree() {
        return degree;
    }

    /** Number of basis functions, M = D + 1. */
    @Override
    public int size() {
        return degree + 1;
    }

    @Override
    public void evaluate(double x, double[] out, int offset) {
        double p = 1.0;
        for (int j = 0; j <= degree; j++) {
            out[offset + j] = p;
            p *= x;
        }
    }

    /** φ(x) = (1, x, x², …, x^D). */
    @Override
    public double[] apply(double x) {
        return Basis.super.apply(x);
    }

    @Override
    public String describe() {
        return "poly(degree " + degree + ")";
    }
}
