package dev.zatta.vb.spark.cli;

import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.cli.OptionErrors;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench --n 10000000}: the Spark fit against the single-machine streaming fit ({@link Bench}). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the Spark fit of N rows of Parquet against the single-machine streaming fit of the",
            "same rows, in alternating rounds of one run; split Spark's time into start-up, scan, rows, accumulate."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", defaultValue = "10000000", description = "Rows (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--basis-count", defaultValue = "10", description = "Gaussians on [-1, 1] (default ${DEFAULT-VALUE}).")
    int basisCount;

    @Option(names = "--scale", defaultValue = "10", description = "Gaussian scale s (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds after a warm-up (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "Data seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL",
            description = "Spark master (default ${DEFAULT-VALUE}).")
    String master;

    @Override
    public Integer call() throws Exception {
        atLeastOne("--n", n);
        atLeastOne("--rounds", rounds);
        GaussianBasis basis = OptionErrors.as(spec, Map.of("count", "--basis-count", "scale", "--scale"),
                () -> GaussianBasis.evenlySpaced(basisCount, -1, 1, scale));
        new Bench(n, basis, rounds, seed, master).run(spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    private void atLeastOne(String option, int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": expected an integer >= 1, got " + value);
        }
    }
}
