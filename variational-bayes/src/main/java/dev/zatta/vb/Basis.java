package dev.zatta.vb;

import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A set of M basis functions φ(x) = (φ_0(x), …, φ_{M−1}(x)) of a scalar input (PRML eq. 3.2, 3.3).
 * The design matrix Φ has rows φ(x_n)ᵀ (PRML eq. 3.16).
 *
 * <p>Implementations are immutable and thread-safe. Three are built in: {@link #polynomial(int)},
 * {@link #gaussian(double[], double)} and {@link #of(String, int, DoubleFunction)} for any user
 * function — the three choices the blog's {@code fit} meant to offer (its {@code "poly"} branch
 * crashed and its function branch was unreachable; here all three work).
 */
public interface Basis {
    /** Number of basis functions M (the length of φ(x)). */
    int size();

    /**
     * Writes φ(x) into {@code out[offset] … out[offset + size() − 1]}, the allocation-free form used
     * by the accumulators.
     */
    void evaluate(double x, double[] out, int offset);

    /**
     * Writes φ_j(xs[from + r]) into {@code columns[j·stride + r]} for r &lt; count: a block of rows
     * laid out column by column, as the accumulators use it. The default calls {@link #evaluate}
     * per row; implementations may do better (see {@link GaussianBasis}).
     */
    default void evaluateColumns(double[] xs, int from, int count, double[] columns, int stride) {
        int m = size();
        double[] row = new double[m];
        for (int r = 0; r < count; r++) {
            evaluate(xs[from + r], row, 0);
            for (int j = 0; j < m; j++) {
                columns[j * stride + r] = row[j];
            }
        }
    }

    /** A short human-readable description, e.g. {@code gauss(5 centres, s=10)}. */
    String describe();

    /** φ(x) as a new array. */
    default double[] apply(double x) {
        double[] phi = new double[size()];
        evaluate(x, phi, 0);
        return phi;
    }

    /** φ_j(x) = x^j, j = 0…D: M = D + 1 functions, with the bias x⁰. */
    static Basis polynomial(int degree) {
        return PolynomialBasis.of(degree);
    }

    /** φ_j(x) = exp(−s (x − μ_j)²) for the given centres μ_j and scale s (no bias term). */
    static Basis gaussian(double[] centres, double scale) {
        return GaussianBasis.of(centres, scale);
    }

    /**
     * Any user function: {@code function.apply(x)} must return an array of exactly {@code size}
     * finite numbers (checked on every call, with the x that broke it in the message).
     */
    static Basis of(String name, int size, DoubleFunction<double[]> function) {
        return new FunctionBasis(name, size, function);
    }

    /** The user-function basis of {@link Basis#of}. Immutable if the function is. */
    final class FunctionBasis implements Basis {
        private final String name;
        private final int size;
        private final DoubleFunction<double[]> function;

        FunctionBasis(String name, int size, DoubleFunction<double[]> function) {
            this.name = Objects.requireNonNull(name, "name");
            this.function = Objects.requireNonNull(function, "function");
            if (size < 1) {
                throw new IllegalArgumentException("size: expected an integer >= 1, got " + size);
            }
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void evaluate(double x, double[] out, int offset) {
            double[] phi = function.apply(x);
            if (phi == null || phi.length != size) {
                throw new IllegalArgumentException("basis '" + name + "' at x=" + x + ": expected " + size
                        + " values, got " + (phi == null ? "null" : phi.length));
            }
            for (int j = 0; j < size; j++) {
                if (!Double.isFinite(phi[j])) {
                    throw new IllegalArgumentException("basis '" + name + "' at x=" + x + ": value " + j
                            + " is " + phi[j] + ", expected a finite number");
                }
            }
            System.arraycopy(phi, 0, out, offset, size);
        }

        @Override
        public String describe() {
            return name + "(" + size + " functions)";
        }
    }
}
