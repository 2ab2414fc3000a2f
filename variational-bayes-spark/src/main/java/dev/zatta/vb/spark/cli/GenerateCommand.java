package dev.zatta.vb.spark.cli;

import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.cli.OptionErrors;
import dev.zatta.vb.spark.SyntheticRows;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --n N --out rows.parquet [--overwrite]}: the blog's seeded data, the rows of
 * {@code variational-bayes generate --n N --seed S}, written through Spark ({@link SyntheticRows}),
 * whole or not at all ({@link DataFile#write}).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the blog's seeded data (t = sin(pi x) + N(0, 0.5^2), x ~ U(-1, 1); the rows of",
            "variational-bayes generate with the same --n and --seed) as Parquet or CSV, through Spark."})
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", required = true, description = "Rows.")
    long n;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Where to write (a folder of part files, as Spark writes; must not exist yet, unless --overwrite).")
    String out;

    @Option(names = "--overwrite",
            description = "Replace a data set Spark wrote at --out before (renamed into place once the new one is whole).")
    boolean overwrite;

    @Option(names = "--format", paramLabel = "csv|parquet", description = "Default: from the name of --out.")
    String format;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: what spark-submit set, else local[*]).")
    String master;

    @Override
    public Integer call() throws IOException {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--n: expected an integer >= 0, got " + n);
        }
        DataFile file = OptionErrors.as(spec, Map.of("format", "--format", "out", "--out"), () -> {
            DataFile f = DataFile.of(out, format);
            f.requireWritable(overwrite);
            return f;
        });
        SparkSession spark = main.sessions().open(master);
        try {
            file.write(SyntheticRows.of(spark, SyntheticData::blog, n, seed), overwrite);
        } finally {
            main.sessions().close(spark);
        }
        spec.commandLine().getOut().printf("generate: %d rows (seed %d) -> %s%n", n, seed, out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
