package dev.zatta.vb.spark.internal;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The task run on each partition when its rows arrive as {@link Row}s (text columns, cast columns,
 * any computed data set): one pass into a {@link Folder} — O(M²) work per row, O(M²) memory — giving
 * one {@link PartitionStatistics}, sent as bytes. A null, non-numeric or non-finite value stops the
 * pass and is reported in the result, not thrown: a thrown error would come back as a task failure
 * (retried on a cluster, wrapped in Spark's stack trace); this way the driver raises it once, with the
 * row's number.
 */
final class PartitionFold implements MapPartitionsFunction<Row, byte[]> {
    private static final long serialVersionUID = 1L;

    private final Folder.Spec spec;

    PartitionFold(Folder.Spec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<byte[]> call(Iterator<Row> rows) {
        Folder folder = spec.start();
        InputColumn x = folder.x();
        InputColumn t = folder.t();
        while (rows.hasNext()) {
            Row row = rows.next();
            if (!folder.add(x.read(row, 0), t.read(row, 1))) {
                String problem = x.problem(row, 0);
                folder.refuse(problem != null ? problem : t.problem(row, 1));
                break;
            }
        }
        return folder.result();
    }
}
