package dev.zatta.vb.spark.internal;

import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * The column batches under a selection of two double columns, when Spark would only turn them into
 * rows: a plan that is exactly a vectorized scan (Parquet, ORC) read through {@code ColumnarToRow}.
 * Reading the batches directly skips one row object per row — the largest cost of a row pass after
 * the fold itself (see the module's README). Anything else — a filter, a projection, a cast, a join,
 * CSV, an adaptive plan, a Spark Connect data set — has no such plan and is read as rows.
 *
 * <p>This reads Spark's physical plan ({@code org.apache.spark.sql.classic.Dataset.queryExecution()},
 * {@code SparkPlan.executeColumnar()}), which Spark documents as unstable developer API; when a later
 * Spark changes the shape, the check fails and the row pass runs (the results are the same). Stateless.
 */
public final class ColumnarScan {
    private ColumnarScan() {
    }

    /** The batches of {@code selected} (two double columns), if its plan is a bare vectorized scan. */
    public static Optional<JavaRDD<ColumnarBatch>> of(Dataset<Row> selected) {
        if (!(selected instanceof org.apache.spark.sql.classic.Dataset<Row> classic)) {
            return Optional.empty();
        }
        if (selected.schema().fields().length != 2) {
            return Optional.empty();
        }
        for (var f : selected.schema().fields()) {
            if (f.dataType() != DataTypes.DoubleType) {
                return Optional.empty();
            }
        }
        SparkPlan plan = classic.queryExecution().executedPlan();
        if (plan instanceof WholeStageCodegenExec codegen) {
            plan = codegen.child();
        }
        if (!(plan instanceof ColumnarToRowExec toRows)) {
            return Optional.empty();
        }
        plan = toRows.child();
        if (plan instanceof InputAdapter adapter) {
            plan = adapter.child();
        }
        if (!plan.supportsColumnar() || !plan.children().isEmpty() || plan.output().size() != 2) {
            return Optional.empty();
        }
        return Optional.of(plan.executeColumnar().toJavaRDD());
    }
}
