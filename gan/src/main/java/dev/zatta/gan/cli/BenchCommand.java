package dev.zatta.gan.cli;

import dev.zatta.gan.train.Bench;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: training images/s of DL4J and of PyTorch in the same run, and their ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Training throughput after warm-up, DL4J then the PyTorch script, and the ratio.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--batch-size", defaultValue = "64", description = "Images per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--steps", defaultValue = "30", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed steps first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--torch-script", defaultValue = "gan/bench/dcgan_torch.py",
            description = "The PyTorch peer (default: ${DEFAULT-VALUE}); skipped if missing.")
    Path script;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
            description = "A Python with torch (default: ${DEFAULT-VALUE}).")
    Path python;

    @Override
    public Integer call() throws Exception {
        System.err.println("DL4J: " + warmup + " warm-up + " + steps + " timed steps, batch " + batchSize + " ...");
        double dl4j = Bench.dl4j(batchSize, steps, warmup, 1);
        System.out.printf(Locale.ROOT, "dl4j   images/s: %.1f%n", dl4j);
        System.err.println("PyTorch: " + python + " " + script + " ...");
        Bench.TorchResult torch = Bench.torch(python, script, batchSize, steps, warmup);
        if (torch.imagesPerSecond().isPresent()) {
            double t = torch.imagesPerSecond().getAsDouble();
            System.out.printf(Locale.ROOT, "torch  images/s: %.1f%nratio dl4j/torch: %.2f%n", t, dl4j / t);
        } else {
            System.out.println("torch  not measured: " + torch.output().strip());
        }
        return 0;
    }
}
