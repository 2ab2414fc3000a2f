package dev.zatta.vb.cli;

import dev.zatta.vb.SyntheticData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --n N}: seeded synthetic x,t CSV on stdout (for streaming runs and examples). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write seeded synthetic x,t CSV to stdout: blog = sin(pi x) + N(0, 0.5^2) on [-1, 1], "
                + "prml = sin(2 pi x) + N(0, 0.3^2) on [0, 1].")
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", required = true, description = "Rows.")
    long n;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", defaultValue = "blog", paramLabel = "blog|prml", description = "Which data (default ${DEFAULT-VALUE}).")
    String which;

    @Override
    public Integer call() throws IOException {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--n: expected an integer >= 0, got " + n);
        }
        SyntheticData d = switch (which) {
            case "blog" -> SyntheticData.blog();
            case "prml" -> SyntheticData.prml();
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--data: expected 'blog' or 'prml', got '" + which + "'");
        };
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        w.write("x,t\n");
        StringBuilder line = new StringBuilder(64);
        IOException[] failure = {null};
        d.forEach(n, seed, (x, t) -> {
            if (failure[0] != null) {
                return;
            }
            line.setLength(0);
            line.append(x).append(',').append(t).append('\n');
            try {
                w.append(line);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        w.flush();
        if (failure[0] != null) {
            throw failure[0];
        }
        return 0;
    }
}
