package dev.zatta.vb;

/**
 * How a precision (α of the weight prior, β of the noise) is treated: held {@link Fixed fixed} at a
 * value, or {@link Learned learned} under a Gamma hyperprior with a factor q(·) = Gam(·) of the
 * mean-field posterior (PRML eq. 10.93–10.95). Immutable.
 */
public sealed interface Precision permits Precision.Fixed, Precision.Learned {

    /** A fixed precision. */
    static Fixed fixed(double value) {
        return new Fixed(value);
    }

    /** A learned precision with prior Gam(shape, rate); the first q(w) uses the prior mean. */
    static Learned learned(double shape, double rate) {
        return new Learned(GammaDensity.of(shape, rate), Double.NaN);
    }

    /**
     * A learned precision with prior {@code prior} whose first q(w) uses E[·] = {@code initial}.
     *
     * @throws IllegalArgumentException unless initial is a finite number &gt; 0
     */
    static Learned learned(GammaDensity prior, double initial) {
        if (Double.isNaN(initial)) {
            throw new IllegalArgumentException("initial precision: expected a finite number > 0, got NaN");
        }
        return new Learned(prior, initial);
    }

    /** The value of E[·] used for the first q(w). */
    double initial();

    /** A precision held at {@code value}. */
    record Fixed(double value) implements Precision {
        /** @throws IllegalArgumentException unless value is finite and &gt; 0 */
        public Fixed {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("fixed precision: expected a finite number > 0, got " + value);
            }
        }

        @Override
        public double initial() {
            return value;
        }
    }

    /**
     * A precision learned under the prior {@code prior}.
     *
     * @param prior Gam(a0, b0) (or Gam(c0, d0) for β)
     * @param init the value of E[·] used for the first q(w); NaN means the prior mean a0/b0
     */
    record Learned(GammaDensity prior, double init) implements Precision {
        /** @throws IllegalArgumentException if init is given and not a finite number &gt; 0 */
        public Learned {
            java.util.Objects.requireNonNull(prior, "prior");
            if (!Double.isNaN(init) && (!(init > 0) || !Double.isFinite(init))) {
                throw new IllegalArgumentException("initial precision: expected a finite number > 0, got " + init);
            }
        }

        /** The same prior with another starting value for the first q(w). */
        public Learned withInitial(double value) {
            return new Learned(prior, value);
        }

        @Override
        public double initial() {
            return Double.isNaN(init) ? prior.mean() : init;
        }
    }
}
