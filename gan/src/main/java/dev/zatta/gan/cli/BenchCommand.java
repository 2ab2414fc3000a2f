package dev.zatta.gan.cli;

import dev.zatta.gan.train.Bench;
import dev.zatta.gan.train.TrainConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: training images/s of DL4J and of PyTorch in the same run, and their ratio ({@link Bench}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Training throughput after warm-up, DL4J then the PyTorch script in alternating rounds,",
                "and the ratio of the best rounds (PyTorch at its best thread setting)."})
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

    @Option(names = "--layers", description = "Also time the same step with --engine layers (DL4J's own layers).")
    boolean layers;

    @Option(names = "--conditional", description = "Time the class-conditional model (train --conditional) on both"
            + " sides.")
    boolean conditional;

    @Override
    public Integer call() throws Exception {
        Bench.Config config = new Bench.Config(batchSize, steps, warmup, rounds, torchThreads, python, script, layers,
                conditional);
        System.out.print(Bench.run(config, System.out, System.err).summary(rounds));
        return 0;
    }
}
