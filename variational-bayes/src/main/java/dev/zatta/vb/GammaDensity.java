package dev.zatta.vb;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma density Gam(λ | shape, rate) = rate^shape λ^(shape−1) e^(−rate·λ) / Γ(shape) (PRML eq.
 * 2.146, B.26). Immutable.
 *
 * @param shape a &gt; 0
 * @param rate b &gt; 0
 */
public record GammaDensity(double shape, double rate) {
    /** @throws IllegalArgumentException unless both parameters are finite and &gt; 0 */
    public GammaDensity {
        check("shape", shape);
        check("rate", rate);
    }

    /** Gam(shape, rate). */
    public static GammaDensity of(double shape, double rate) {
        return new GammaDensity(shape, rate);
    }

    /**
     * Parses {@code "shape,rate"} (spaces around the numbers allowed), as the command lines take a
     * prior.
     *
     * @throws IllegalArgumentException unless the text is two finite numbers &gt; 0 separated by a comma
     */
    public static GammaDensity parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 2) {
            try {
                double a = Double.parseDouble(parts[0].strip());
                double b = Double.parseDouble(parts[1].strip());
                if (a > 0 && b > 0 && Double.isFinite(a) && Double.isFinite(b)) {
                    return new GammaDensity(a, b);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("prior: expected two finite numbers > 0 'shape,rate', got '" + text + "'");
    }

    private static void check(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + ": expected a finite number > 0, got " + v);
        }
    }

    /** E[λ] = a/b (PRML B.27). */
    public double mean() {
        return shape / rate;
    }

    /** E[ln λ] = ψ(a) − ln b (PRML B.30). */
    public double meanLog() {
        return Gamma.digamma(shape) - Math.log(rate);
    }

    /** E[1/λ] = b/(a − 1), +∞ when a ≤ 1. */
    public double meanInverse() {
        return shape > 1 ? rate / (shape - 1) : Double.POSITIVE_INFINITY;
    }

    /** Entropy −E[ln Gam(λ)] = a − ln b + ln Γ(a) + (1 − a)ψ(a) (PRML B.31). */
    public double entropy() {
        return shape - Math.log(rate) + Gamma.logGamma(shape) + (1 - shape) * Gamma.digamma(shape);
    }

    /**
     * E_q[ln Gam(λ | this)] for expectations under another density q, given E_q[λ] and E_q[ln λ]:
     * a ln b − ln Γ(a) + (a − 1)E[ln λ] − b E[λ] (the prior terms of PRML eq. 10.107).
     */
    public double expectedLogDensity(double meanLambda, double meanLogLambda) {
        return shape * Math.log(rate) - Gamma.logGamma(shape) + (shape - 1) * meanLogLambda - rate * meanLambda;
    }
}
