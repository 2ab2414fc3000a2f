package dev.zatta.vb.spark.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * The task run on each partition when its two double columns arrive as column batches straight from a
 * vectorized reader (Parquet, ORC; see {@link ColumnarScan}): the same fold as {@link PartitionFold},
 * reading each value from its column vector, with no row object per row.
 */
final class ColumnarFold implements FlatMapFunction<Iterator<ColumnarBatch>, byte[]> {
    private static final long serialVersionUID = 1L;

    private final ShippedBasis basis;
    private final InputColumn x;
    private final InputColumn t;

    ColumnarFold(ShippedBasis basis, InputColumn x, InputColumn t) {
        this.basis = basis;
        this.x = x;
        this.t = t;
    }

    @Override
    public Iterator<byte[]> call(Iterator<ColumnarBatch> batches) {
        TaskContext task = TaskContext.get();
        Folder folder = new Folder(task == null ? 0 : task.partitionId(), basis.basis());
        batches:
        while (batches.hasNext()) {
            ColumnarBatch batch = batches.next();
            ColumnVector xs = batch.column(0);
            ColumnVector ts = batch.column(1);
            int rows = batch.numRows();
            boolean nulls = xs.hasNull() || ts.hasNull();
            for (int i = 0; i < rows; i++) {
                if ((nulls && (xs.isNullAt(i) || ts.isNullAt(i))) || !folder.add(xs.getDouble(i), ts.getDouble(i))) {
                    boolean xNull = xs.isNullAt(i);
                    String problem = x.problem(xNull, xNull ? Double.NaN : xs.getDouble(i));
                    boolean tNull = ts.isNullAt(i);
                    folder.refuse(problem != null ? problem : t.problem(tNull, tNull ? Double.NaN : ts.getDouble(i)));
                    break batches;
                }
            }
        }
        return List.of(folder.result().toBytes()).iterator();
    }
}
