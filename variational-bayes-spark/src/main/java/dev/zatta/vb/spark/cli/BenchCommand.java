package dev.zatta.vb.spark.cli;

import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.cli.BenchDataOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench --n 10000000}: the Spark fit against the single-machine streaming fit ({@link Bench}); the
 * data and basis options are {@code variational-bayes bench}'s ({@link BenchDataOptions}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the Spark fit of N rows of Parquet against the single-machine streaming fit of the",
            "same rows, in alternating rounds of one run; split Spark's time into start-up, scan, rows, accumulate."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BenchDataOptions data;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds after a warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL",
            description = "Spark master (default ${DEFAULT-VALUE}).")
    String master;

    @Override
    public Integer call() throws Exception {
        int n = data.n();
        BenchDataOptions.atLeastOne(spec, "--rounds", rounds);
        GaussianBasis basis = data.basis();
        new Bench(n, basis, rounds, data.seed(), master).run(spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }
}
