package dev.zatta.vb.spark;

import dev.zatta.vb.Basis;
import dev.zatta.vb.DataFormatException;
import dev.zatta.vb.DataSummary;
import dev.zatta.vb.SufficientStatistics;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import dev.zatta.vb.spark.internal.StatisticsPass;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The variational fit of {@link VariationalLinearRegression} on a Spark {@code Dataset<Row>}: the same
 * model, the same sweeps, the same {@link VbPosterior}. The fit depends on the data only through N, ΦᵀΦ,
 * Φᵀt and tᵀt (the {@link SufficientStatistics} of PRML eq. 10.96–10.98 and the β update), so one job
 * does all the work that grows with N:
 * <ol>
 *   <li>each partition's task folds its rows into an accumulator (O(N/P · M²) per executor) and sends
 *       back O(M²) numbers: its ΦᵀΦ, Φᵀt, tᵀt, N and x range;</li>
 *   <li>the driver adds the P partial statistics in partition order with
 *       {@link SufficientStatistics#plus} (O(P · M²));</li>
 *   <li>the driver runs the sweeps ({@link VariationalLinearRegression#fit(VbConfig, SufficientStatistics)}),
 *       whose cost depends on M and the number of sweeps, not on N.</li>
 * </ol>
 * The result differs from the single-machine fit of the same rows only by the order of floating-point
 * summation, and for a given partitioning it is the same in every run: the partial results are added in
 * partition order, not in the order the tasks finish. A data set that is a bare Parquet (or ORC) scan of
 * double columns is read as column batches, anything else as rows: the same numbers either way.
 *
 * <p>Input: x and t are columns of any numeric type (cast to double) or text holding numbers (parsed
 * with {@link Double#parseDouble}, as a CSV file read without a schema gives them). Bad input is refused
 * with a {@link IllegalArgumentException} (a missing or non-numeric column, naming it and the data's
 * columns) or a {@link DataFormatException} naming the row (1-based, partitions in order — for one
 * file read in order, its n-th data row), the column, the value and what was expected; a data set
 * without rows is refused too. Stateless and thread-safe; the work runs on {@code data}'s session.
 */
public final class SparkVariationalRegression {
    private SparkVariationalRegression() {
    }

    /**
     * Fits {@code config} to the rows of {@code data}: one pass over the partitions for the statistics,
     * then the sweeps on the driver.
     *
     * @param xColumn the name of the input column x
     * @param tColumn the name of the target column t
     * @throws IllegalArgumentException for a missing or non-numeric column, or a basis that cannot be
     *     sent to the executors
     * @throws DataFormatException for a null, non-numeric or non-finite value, or no rows
     */
    public static VbPosterior fit(Dataset<Row> data, String xColumn, String tColumn, VbConfig config) {
        Objects.requireNonNull(config, "config");
        return VariationalLinearRegression.fit(config, statistics(data, xColumn, tColumn, config.basis()));
    }

    /**
     * ΦᵀΦ, Φᵀt, tᵀt and N of the rows of {@code data} for {@code basis}, in one pass over the
     * partitions (the first half of {@link #fit}).
     *
     * @throws IllegalArgumentException as {@link #fit}
     * @throws DataFormatException as {@link #fit}
     */
    public static SufficientStatistics statistics(Dataset<Row> data, String xColumn, String tColumn, Basis basis) {
        return StatisticsPass.run(data, xColumn, tColumn, basis, null, true).statistics();
    }

    /**
     * What a command line needs of the data, as {@code variational-bayes fit} gathers it from a CSV
     * file: the statistics (one pass, as {@link #statistics}), the x range and the first
     * {@code sampleRows} rows in partition order (for a plot; a second, short job that reads only the
     * first partitions, run only when {@code sampleRows > 0}). Error messages start with
     * {@code source}, e.g. {@code rows.parquet: row 8: column t: expected a finite number, got NaN}.
     *
     * @param source where the rows come from (a file name), for messages and the summary
     * @throws IllegalArgumentException as {@link #fit}, or for {@code sampleRows < 0}
     * @throws DataFormatException as {@link #fit}
     */
    public static DataSummary summarize(Dataset<Row> data, String xColumn, String tColumn, Basis basis, String source,
            int sampleRows) {
        Objects.requireNonNull(source, "source");
        if (sampleRows < 0) {
            throw new IllegalArgumentException("sampleRows: expected an integer >= 0, got " + sampleRows);
        }
        StatisticsPass.Result pass = StatisticsPass.run(data, xColumn, tColumn, basis, source, true);
        long start = System.nanoTime();
        double[][] sample = sampleRows == 0 ? new double[2][0]
                : StatisticsPass.sample(data, xColumn, tColumn, sampleRows);
        return DataSummary.of(source, pass.statistics(), pass.xMin(), pass.xMax(), sample[0], sample[1],
                pass.seconds() + (System.nanoTime() - start) / 1e9);
    }
}
