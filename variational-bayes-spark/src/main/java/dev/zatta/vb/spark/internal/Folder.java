package dev.zatta.vb.spark.internal;

import dev.zatta.vb.SufficientStatistics;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;

/**
 * One partition's running fold, whatever form its rows arrive in: the accumulator, the x range and the
 * first refused value. Mutable; one per task, made on the executor from a {@link Spec}.
 */
final class Folder {
    /**
     * What a task needs to fold its partition, sent with it: the basis and the two columns. Immutable.
     *
     * @param basis the basis, in its travelling form
     * @param x the input column
     * @param t the target column
     */
    record Spec(ShippedBasis basis, InputColumn x, InputColumn t) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** A fold of the current task's partition. */
        Folder start() {
            TaskContext task = TaskContext.get();
            return new Folder(task == null ? 0 : task.partitionId(), this);
        }
    }

    private final int partition;
    private final Spec spec;
    private final SufficientStatistics.Accumulator accumulator;
    private double lo = Double.POSITIVE_INFINITY;
    private double hi = Double.NEGATIVE_INFINITY;
    private String refused;

    private Folder(int partition, Spec spec) {
        this.partition = partition;
        this.spec = spec;
        this.accumulator = SufficientStatistics.accumulator(spec.basis().basis());
    }

    /** The input column. */
    InputColumn x() {
        return spec.x();
    }

    /** The target column. */
    InputColumn t() {
        return spec.t();
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

    /** The partition's result, as the bytes the task sends back. */
    Iterator<byte[]> result() {
        return List.of(PartitionStatistics.of(partition, accumulator.snapshot(), lo, hi, refused).toBytes()).iterator();
    }
}
