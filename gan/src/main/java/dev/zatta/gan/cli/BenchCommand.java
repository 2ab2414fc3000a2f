package dev.zatta.gan.cli;

import dev.zatta.gan.model.Engine;
import dev.zatta.gan.train.Bench;
import dev.zatta.gan.train.TrainConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: training images/s of DL4J and of PyTorch in the same run, and their ratio. Rounds alternate
 * between the two so that both see the same machine load; the best round of each counts, and PyTorch's best
 * thread setting.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Training throughput after warm-up, DL4J then the PyTorch script, and the ratio.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--batch-size", defaultValue = "" + TrainConfig.DEFAULT_BATCH_SIZE,
            description = "Images per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--steps", defaultValue = "40", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed steps first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--torch-script", defaultValue = "gan/bench/dcgan_torch.py",
            description = "The PyTorch peer (default: ${DEFAULT-VALUE}); skipped if missing.")
    Path script;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
            description = "A Python with torch (default: ${DEFAULT-VALUE}).")
    Path python;

    @Option(names = "--torch-threads", split = ",", defaultValue = "1,2",
            description = "PyTorch thread counts to try; the best counts (default: ${DEFAULT-VALUE}).")
    List<Integer> torchThreads;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Alternating rounds of DL4J and PyTorch; the best of each counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--layers", description = "Also time the same step with --engine layers (DL4J's own layers).")
    boolean layers;

    @Option(names = "--conditional", description = "Time the class-conditional model (train --conditional) on both"
            + " sides.")
    boolean conditional;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds: expected >= 1, got " + rounds);
        }
        for (int t : torchThreads) {
            if (t < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--torch-threads: expected counts >= 1, got " + t);
            }
        }
        double best = 0;
        double bestTorch = 0;
        int bestThreads = 0;
        String torchFailure = null;
        for (int r = 1; r <= rounds; r++) {
            System.err.printf(Locale.ROOT, "round %d/%d: DL4J, %d warm-up + %d timed steps, batch %d ...%n", r, rounds,
                    warmup, steps, batchSize);
            double dl4j = Bench.dl4j(Engine.GEMM, conditional, batchSize, steps, warmup, 1);
            System.out.printf(Locale.ROOT, "round %d  dl4j           images/s: %.1f%n", r, dl4j);
            best = Math.max(best, dl4j);
            if (layers) {
                double viaLayers = Bench.dl4j(Engine.LAYERS, conditional, batchSize, steps, warmup, 1);
                System.out.printf(Locale.ROOT, "round %d  dl4j layers    images/s: %.1f%n", r, viaLayers);
            }
            for (int threads : torchThreads) {
                System.err.println("round " + r + ": PyTorch, " + threads + " thread(s): " + python + " " + script + " ...");
                Bench.TorchResult torch = Bench.torch(python, script, conditional, batchSize, steps, warmup, threads);
                if (torch.imagesPerSecond().isPresent()) {
                    double t = torch.imagesPerSecond().getAsDouble();
                    System.out.printf(Locale.ROOT, "round %d  torch %d thread%s images/s: %.1f%n", r, threads,
                            threads == 1 ? " " : "s", t);
                    if (t > bestTorch) {
                        bestTorch = t;
                        bestThreads = threads;
                    }
                } else {
                    torchFailure = torch.output().strip();
                }
            }
        }
        System.out.printf(Locale.ROOT, "dl4j   images/s: %.1f (best of %d)%n", best, rounds);
        if (bestTorch > 0) {
            System.out.printf(Locale.ROOT, "torch  images/s: %.1f (best of %d, %d thread%s)%nratio dl4j/torch: %.2f%n",
                    bestTorch, rounds, bestThreads, bestThreads == 1 ? "" : "s", best / bestTorch);
        } else {
            System.out.println("torch  not measured: " + torchFailure);
        }
        return 0;
    }
}
