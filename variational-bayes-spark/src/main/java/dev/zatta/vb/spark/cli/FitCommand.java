package dev.zatta.vb.spark.cli;

import dev.zatta.vb.DataSummary;
import dev.zatta.vb.FitReport;
import dev.zatta.vb.PredictionGrid;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.cli.BasisOptions;
import dev.zatta.vb.cli.FitOutputOptions;
import dev.zatta.vb.cli.ModelOptions;
import dev.zatta.vb.cli.OptionErrors;
import dev.zatta.vb.spark.SparkVariationalRegression;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fit --data rows.parquet ...}: {@code variational-bayes fit}'s options and JSON, on Spark — one
 * pass over the partitions, the sweeps on the driver ({@link SparkVariationalRegression}).
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit VB linear regression to the x and t columns of a CSV or Parquet data set on Spark:",
            "one pass over the partitions for the sufficient statistics, the sweeps on the driver. Options and",
            "JSON are those of variational-bayes fit."})
final class FitCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "A file, a folder of part files, or a URI Spark can read (hdfs://, s3a://, ...).")
    String data;

    @Option(names = "--format", paramLabel = "csv|parquet",
            description = "How to read --data (default: from its name). CSV needs a header line naming the columns.")
    String format;

    @Option(names = "--x", defaultValue = "x", paramLabel = "COLUMN", description = "The input column (default ${DEFAULT-VALUE}).")
    String x;

    @Option(names = "--t", defaultValue = "t", paramLabel = "COLUMN", description = "The target column (default ${DEFAULT-VALUE}).")
    String t;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: what spark-submit set, else local[*]).")
    String master;

    @Mixin
    BasisOptions basis;

    @Mixin
    ModelOptions model;

    @Mixin
    FitOutputOptions output;

    @Override
    public Integer call() throws IOException {
        VbConfig config = model.config(basis.basis());
        PredictionGrid grid = output.grid();
        int sample = output.plot().isPresent() ? DataSummary.DEFAULT_SAMPLE_ROWS : 0;
        DataFile file = OptionErrors.as(spec, "--format", () -> DataFile.of(data, format));
        SparkSession spark = main.sessions().open(master);
        try {
            DataSummary summary = SparkVariationalRegression.summarize(file.read(spark), x, t, config.basis(), data,
                    sample);
            output.write(FitReport.fit(config, summary, grid));
        } finally {
            main.sessions().close(spark);
        }
        return 0;
    }
}
