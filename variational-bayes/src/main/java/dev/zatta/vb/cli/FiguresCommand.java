package dev.zatta.vb.cli;

import dev.zatta.vb.Figures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code figures --out DIR}: the blog's two figures, PRML Fig. 10.9 and the bound per sweep. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Write the blog's figures (beta fixed at 10 vs learned), PRML Fig. 10.9 and L per sweep as PNG.")
final class FiguresCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--seed", defaultValue = "" + Figures.BLOG_SEED,
            description = "Seed of the blog's data (default ${DEFAULT-VALUE}); PRML Fig. 10.9 has its own fixed data.")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Figures.writeAll(out, seed);
        for (Path f : files) {
            spec.commandLine().getOut().println("wrote " + f);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
