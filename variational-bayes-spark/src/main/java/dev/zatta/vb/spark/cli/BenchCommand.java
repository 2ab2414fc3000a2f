package dev.zatta.vb.spark.cli;

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
        if (n < 1 || basisCount < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--n, --basis-count, --rounds: expected integers >= 1, got " + n + ", " + basisCount + ", " + rounds);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale: expected a finite number > 0, got " + scale);
        }
        new Bench(n, basisCount, scale, rounds, seed, master).run(spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }
}
