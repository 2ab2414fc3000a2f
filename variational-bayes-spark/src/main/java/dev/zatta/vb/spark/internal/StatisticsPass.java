package dev.zatta.vb.spark.internal;

import dev.zatta.vb.Basis;
import dev.zatta.vb.DataFormatException;
import dev.zatta.vb.SufficientStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * The one Spark job of a fit: every partition folds its (x, t) rows into an accumulator and sends back
 * one {@link PartitionStatistics} (O(N/P · M²) work per executor); the driver adds the P results in
 * partition order with {@code SufficientStatistics.plus} (O(P · M²)) — so for a given partitioning the
 * result is the same in every run, whatever order the tasks finish in — and raises the first refused
 * value, numbering its row from the counts of the partitions before it. A plan that is a bare
 * vectorized scan is read as column batches ({@link ColumnarScan}), anything else as rows. Stateless.
 */
public final class StatisticsPass {
    private StatisticsPass() {
    }

    /**
     * One pass's outcome on the driver.
     *
     * @param statistics the sum of the partitions' statistics, in partition order
     * @param xMin the smallest x
     * @param xMax the largest x
     * @param partitions P
     * @param seconds wall time of the Spark job
     * @param columnar whether the partitions were read as column batches (else as rows)
     */
    public record Result(SufficientStatistics statistics, double xMin, double xMax, int partitions, double seconds,
            boolean columnar) {
    }

    /**
     * Runs the pass.
     *
     * @param source prefixed to error messages ({@code "rows.parquet: row 8: ..."}); null for none
     * @param columnar whether column batches may be read where the plan allows; false forces rows (the
     *     bench times both; the results are the same)
     * @throws IllegalArgumentException for a missing or non-numeric column, or a basis that cannot be
     *     sent to the executors
     * @throws DataFormatException for a null, non-numeric or non-finite value, or no rows
     */
    public static Result run(Dataset<Row> data, String xColumn, String tColumn, Basis basis, String source,
            boolean columnar) {
        Objects.requireNonNull(data, "data");
        String prefix = source == null ? "" : source + ": ";
        ShippedBasis shipped = ShippedBasis.of(basis);
        InputColumn x;
        InputColumn t;
        try {
            x = InputColumn.resolve(data, "x", xColumn);
            t = InputColumn.resolve(data, "t", tColumn);
        } catch (IllegalArgumentException e) {
            throw source == null ? e : new IllegalArgumentException(prefix + e.getMessage(), e);
        }
        long start = System.nanoTime();
        Dataset<Row> selected = select(data, x, t);
        Folder.Spec spec = new Folder.Spec(shipped, x, t);
        Optional<JavaRDD<ColumnarBatch>> batches = columnar ? ColumnarScan.of(selected) : Optional.empty();
        List<byte[]> results = batches.isPresent()
                ? batches.get().mapPartitions(new ColumnarFold(spec)).collect()
                : selected.mapPartitions(new PartitionFold(spec), Encoders.BINARY()).collectAsList();
        List<PartitionStatistics> parts = results.stream().map(PartitionStatistics::fromBytes).toList();
        return combine(parts, basis.size(), (System.nanoTime() - start) / 1e9, prefix, batches.isPresent());
    }

    /**
     * The first {@code rows} rows in partition order, read as the pass reads them (for a plot). Run it
     * after {@link #run}, which has checked every value.
     */
    public static double[][] sample(Dataset<Row> data, String xColumn, String tColumn, int rows) {
        InputColumn x = InputColumn.resolve(data, "x", xColumn);
        InputColumn t = InputColumn.resolve(data, "t", tColumn);
        List<Row> first = select(data, x, t).limit(rows).collectAsList();
        double[][] out = new double[2][first.size()];
        for (int i = 0; i < first.size(); i++) {
            out[0][i] = x.read(first.get(i), 0);
            out[1][i] = t.read(first.get(i), 1);
        }
        return out;
    }

    private static Dataset<Row> select(Dataset<Row> data, InputColumn x, InputColumn t) {
        return data.select(x.select(), t.select());
    }

    /** Adds the partitions' results in partition order; raises the first refused value. */
    static Result combine(List<PartitionStatistics> parts, int size, double seconds, String prefix, boolean columnar) {
        SufficientStatistics total = SufficientStatistics.of(new double[size * size], new double[size], 0, 0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long rowsBefore = 0;
        int expected = 0;
        for (PartitionStatistics p : parts) {
            if (p.partition() != expected++) {
                throw new IllegalStateException("partition results out of order: expected partition " + (expected - 1)
                        + ", got " + p.partition());
            }
            if (p.refused() != null) {
                throw new DataFormatException(prefix + "row " + (rowsBefore + p.count() + 1) + ": " + p.refused());
            }
            total = total.plus(p.statistics());
            lo = Math.min(lo, p.xMin());
            hi = Math.max(hi, p.xMax());
            rowsBefore += p.count();
        }
        if (total.count() == 0) {
            throw new DataFormatException(prefix + "data: expected at least one row, got none");
        }
        return new Result(total, lo, hi, parts.size(), seconds, columnar);
    }
}
