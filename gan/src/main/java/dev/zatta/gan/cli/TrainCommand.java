package dev.zatta.gan.cli;

import dev.zatta.gan.model.LossKind;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.Trainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: a new run, or {@code --resume} of one. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the DCGAN. Writes a run folder named by its parameters with epoch-NNNN.png grids,",
                "metrics.csv, curves.png and checkpoint.zip after every epoch; progress on stderr."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--digits", defaultValue = "0",
            description = "Digits to learn: 0, 0-9, 1,3,5-7 (default: ${DEFAULT-VALUE}, the blog's choice).")
    String digits;

    @Option(names = "--epochs", defaultValue = "100", description = "Epochs in all (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "64", description = "Images per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", defaultValue = "1", description = "The run's one seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "runs", description = "Parent of the run folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--data", description = "Folder of MNIST-format IDX files (default: the 10,000 embedded digits).")
    Path data;

    @Option(names = "--loss", defaultValue = "softmax",
            description = "softmax (the blog's, class 0 = real) or sigmoid (default: ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--learning-rate", defaultValue = "2e-4", description = "Adam's step size (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--beta1", defaultValue = "0.5", description = "Adam's beta1 (default: ${DEFAULT-VALUE}).")
    double beta1;

    @Option(names = "--resume", description = "Continue this run folder from its checkpoint up to --epochs"
            + " (only --epochs is read; the rest comes from the checkpoint).")
    Path resume;

    @Override
    public Integer call() throws Exception {
        Trainer.Result result;
        if (resume != null) {
            TrainConfig stored = Checkpoint.load(resume).config();
            int total = epochsGiven() ? epochs : stored.epochs();
            result = Trainer.resume(resume, total, Trainer.images(stored), System.err);
        } else {
            TrainConfig config = new TrainConfig(digits, data == null ? null : data.toString(), epochs, batchSize,
                    seed, parseLoss(loss), learningRate, beta1, 64, 100);
            result = Trainer.train(config, Trainer.images(config), out, System.err);
        }
        System.out.println("trained " + result.epochs() + " epochs (" + result.steps() + " steps); grids, "
                + "metrics.csv and curves.png are in " + result.runDir());
        return 0;
    }

    private boolean epochsGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--epochs");
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static LossKind parseLoss(String s) {
        return switch (s) {
            case "softmax" -> LossKind.SOFTMAX;
            case "sigmoid" -> LossKind.SIGMOID;
            default -> throw new IllegalArgumentException("loss: expected softmax or sigmoid, got \"" + s + "\"");
        };
    }
}
