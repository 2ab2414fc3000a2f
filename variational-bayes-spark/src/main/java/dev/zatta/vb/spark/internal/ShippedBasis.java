package dev.zatta.vb.spark.internal;

import dev.zatta.vb.Basis;
import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.PolynomialBasis;
import java.io.Serializable;
import java.util.Objects;

/**
 * A basis in a form that travels to the executors with the task (Java serialization): the centres and
 * scale of a {@link GaussianBasis}, the degree of a {@link PolynomialBasis}, or the basis itself when it
 * is {@link Serializable}. The executor rebuilds it through the same factory, so both sides evaluate
 * exactly the same φ. Immutable.
 */
final class ShippedBasis implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] centres;
    private final double scale;
    private final int degree;
    private final Basis serializable;
    private transient Basis basis;

    private ShippedBasis(double[] centres, double scale, int degree, Basis serializable, Basis basis) {
        this.centres = centres;
        this.scale = scale;
        this.degree = degree;
        this.serializable = serializable;
        this.basis = basis;
    }

    /**
     * @throws IllegalArgumentException for a basis that cannot be sent to the executors (a
     *     {@link Basis#of} function basis, unless its class is {@link Serializable})
     */
    static ShippedBasis of(Basis basis) {
        Objects.requireNonNull(basis, "basis");
        if (basis instanceof GaussianBasis g) {
            return new ShippedBasis(g.centres(), g.scale(), -1, null, basis);
        }
        if (basis instanceof PolynomialBasis p) {
            return new ShippedBasis(null, Double.NaN, p.degree(), null, basis);
        }
        if (basis instanceof Serializable) {
            return new ShippedBasis(null, Double.NaN, -1, basis, basis);
        }
        throw new IllegalArgumentException("basis: expected a Gaussian or polynomial basis, or a Basis class that "
                + "implements java.io.Serializable (the executors evaluate it), got " + basis.describe());
    }

    /** The basis (rebuilt once per deserialized copy). */
    Basis basis() {
        if (basis == null) {
            basis = serializable != null ? serializable
                    : centres != null ? GaussianBasis.of(centres, scale) : PolynomialBasis.of(degree);
        }
        return basis;
    }
}
