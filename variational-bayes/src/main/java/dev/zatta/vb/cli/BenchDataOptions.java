package dev.zatta.vb.cli;

import dev.zatta.vb.GaussianBasis;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The data and basis options every bench shares ({@code --n}, {@code --basis-count}, {@code --scale},
 * {@code --seed}): N rows of the blog's data ({@code SyntheticData.blog()}, seeded) fitted with M Gaussians
 * evenly spaced on [−1, 1]. A picocli mixin, {@code @Mixin BenchDataOptions data;}, then {@link #n()},
 * {@link #basis()} and {@link #seed()}, which refuse a bad value with a usage error naming its option.
 */
public final class BenchDataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--n", defaultValue = "10000000", description = "Rows (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--basis-count", defaultValue = "10", description = "Gaussians on [-1, 1] (default ${DEFAULT-VALUE}).")
    int basisCount;

    @Option(names = "--scale", defaultValue = "10", description = "Gaussian scale s (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "1", description = "Data seed (default ${DEFAULT-VALUE}).")
    long seed;

    /**
     * The rows.
     *
     * @throws CommandLine.ParameterException naming {@code --n} unless it is at least 1
     */
    public int n() {
        return atLeastOne(spec, "--n", n);
    }

    /**
     * The {@code --basis-count} Gaussians of scale {@code --scale}, evenly spaced on [−1, 1].
     *
     * @throws CommandLine.ParameterException naming {@code --basis-count} or {@code --scale}
     */
    public GaussianBasis basis() {
        return OptionErrors.as(spec, Map.of("count", "--basis-count", "scale", "--scale"),
                () -> GaussianBasis.evenlySpaced(basisCount, -1, 1, scale));
    }

    /** The data's seed. */
    public long seed() {
        return seed;
    }

    /**
     * {@code value}, if it is at least 1: for a bench's count of rounds or repeats too.
     *
     * @throws CommandLine.ParameterException {@code "OPTION: expected an integer >= 1, got VALUE"} otherwise
     */
    public static int atLeastOne(CommandSpec spec, String option, int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": expected an integer >= 1, got " + value);
        }
        return value;
    }
}
