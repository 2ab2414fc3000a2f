package dev.zatta.vb.spark.internal;

import dev.zatta.vb.Basis;
import dev.zatta.vb.SufficientStatistics;

/**
 * One partition's running fold, whatever form its rows arrive in: the accumulator, the x range and the
 * first refused value. Mutable; one per task.
 */
final class Folder {
    private final int partition;
    private final SufficientStatistics.Accumulator accumulator;
    private double lo = Double.POSITIVE_INFINITY;
    private double hi = Double.NEGATIVE_INFINITY;
    private String refused;

    Folder(int partition, Basis basis) {
        this.partition = partition;
        this.accumulator = SufficientStatistics.accumulator(basis);
    }

    /** Adds (x, t) if both are finite, and says whether it did (if not, the caller {@link #refuse}s). */
    boolean add(double x, double t) {
        if (!Double.isFinite(x) || !Double.isFinite(t)) {
            return false;
        }
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
        accumulator.add(x, t);
        return true;
    }

    /** Records why the next row was refused; the pass over this partition stops here. */
    void refuse(String why) {
        refused = why;
    }

    /** The partition's result. */
    PartitionStatistics result() {
        return PartitionStatistics.of(partition, accumulator.snapshot(), lo, hi, refused);
    }
}
