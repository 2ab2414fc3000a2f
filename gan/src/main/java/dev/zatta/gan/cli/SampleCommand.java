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

    @Override
    public Integer call() throws Exception {
        Sampler.write(Checkpoint.load(checkpoint).model(), n, seed, out);
        System.out.println("wrote " + n + " samples to " + out);
        return 0;
    }
}
