package dev.zatta.vb.spark.internal;

import java.util.Iterator;
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

    private final Folder.Spec spec;

    ColumnarFold(Folder.Spec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<byte[]> call(Iterator<ColumnarBatch> batches) {
        Folder folder = spec.start();
        batches:
        while (batches.hasNext()) {
            ColumnarBatch batch = batches.next();
            ColumnVector xs = batch.column(0);
            ColumnVector ts = batch.column(1);
            int rows = batch.numRows();
            boolean nulls = xs.hasNull() || ts.hasNull();
            for (int i = 0; i < rows; i++) {
                if ((nulls && (xs.isNullAt(i) || ts.isNullAt(i))) || !folder.add(xs.getDouble(i), ts.getDouble(i))) {
                    String problem = problem(folder.x(), xs, i);
                    folder.refuse(problem != null ? problem : problem(folder.t(), ts, i));
                    break batches;
                }
            }
        }
        return folder.result();
    }

    private static String problem(InputColumn column, ColumnVector values, int i) {
        boolean isNull = values.isNullAt(i);
        return column.problem(isNull, isNull ? Double.NaN : values.getDouble(i));
    }
}
