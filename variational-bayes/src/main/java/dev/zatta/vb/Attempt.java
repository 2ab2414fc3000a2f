package dev.zatta.vb;

import java.util.Optional;

/**
 * One start a fit tried and where it ended: its lower bound, sweeps and whether it converged, or why
 * it could not run (S_N⁻¹ not numerically positive definite from that start; the evidence
 * iteration leaving (0, ∞)). Immutable.
 *
 * @param kind the kind of start
 * @param start the start, empty when it could not even be computed (the evidence iteration failed)
 * @param lowerBound L at the end, NaN on failure
 * @param iterations sweeps run, 0 on failure
 * @param converged whether L converged
 * @param failure why the start failed, empty if it ran
 */
public record Attempt(Start.Kind kind, Optional<Start> start, double lowerBound, int iterations, boolean converged,
        Optional<String> failure) {
    /** A start that ran to {@code result}. */
    static Attempt ran(Start start, VbPosterior result) {
        return new Attempt(start.kind(), Optional.of(start), result.lowerBound(), result.iterations(),
                result.converged(), Optional.empty());
    }

    /** A start that failed. */
    static Attempt failed(Start.Kind kind, Optional<Start> start, String why) {
        return new Attempt(kind, start, Double.NaN, 0, false, Optional.of(why));
    }
}
