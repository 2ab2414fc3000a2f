package dev.zatta.vb.cli;

import dev.zatta.vb.Figures;
import dev.zatta.vb.SyntheticData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate [--data blog|prml-cubic] [--n N] [--seed S]}: seeded synthetic x,t CSV on stdout (for
 * streaming runs and examples). Without {@code --n} and {@code --seed} it writes the data set of that
 * data's figure.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write seeded synthetic x,t CSV to stdout: blog = sin(pi x) + N(0, 0.5^2), x ~ U(-1, 1); "
                + "prml-cubic = 0.1x^3 - 0.5x^2 - x + 1 + N(0, 0.09), x ~ U(-5, 5) (PRML Fig. 10.9).",
            "Without --n and --seed: the data of that figure (blog: 20 rows, seed " + Figures.BLOG_SEED
                + "; prml-cubic: 10 rows, seed " + Figures.PRML_SEED + ")."})
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", description = "Rows (default: the figure's).")
    Long n;

    @Option(names = "--seed", description = "Seed (default: the figure's).")
    Long seed;

    @Option(names = "--data", defaultValue = "blog", paramLabel = "blog|prml-cubic",
            description = "Which data (default ${DEFAULT-VALUE}).")
    String which;

    @Override
    public Integer call() throws IOException {
        boolean blog = switch (which) {
            case "blog" -> true;
            case "prml-cubic" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--data: expected 'blog' or 'prml-cubic', got '" + which + "'");
        };
        long rows = n != null ? n : blog ? Figures.BLOG_N : Figures.PRML_N;
        if (rows < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--n: expected an integer >= 0, got " + rows);
        }
        SyntheticData d = blog ? SyntheticData.blog() : SyntheticData.prmlCubic();
        long s = seed != null ? seed : blog ? Figures.BLOG_SEED : Figures.PRML_SEED;
        d.writeCsv(rows, s, new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        return 0;
    }
}
