package dev.zatta.gan.cli;

import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.Sampler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sample}: images from a run's generator. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Sample from a run's generator: a PNG grid with D's P(real) captions, or IDX (FILE.idx).")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, description = "A run folder written by train.")
    Path checkpoint;

    @Option(names = "--n", defaultValue = "64", description = "Number of images (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the latent vectors (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output file: .png, .svg or .idx.")
    Path out;

    @Option(names = "--digit", description = "The digit to draw (a run trained with --conditional only; default: the"
            + " run's digits in turn).")
    Integer digit;

    @Override
    public Integer call() throws Exception {
        Checkpoint cp = Checkpoint.load(checkpoint);
        Sampler.write(cp.model(), n, seed, Sampler.labels(cp.config(), n, digit), out);
        System.out.println("wrote " + n + " samples to " + out);
        return 0;
    }
}
