package dev.zatta.gan.cli;

import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.LossKind;
import dev.zatta.gan.train.Checkpoint;
import dev.zatta.gan.train.TrainConfig;
import dev.zatta.gan.train.Trainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: a new run, or {@code --resume} of one. Defaults are {@link TrainConfig}'s. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the DCGAN. Writes a run folder named by its parameters with epoch-NNNN.png grids,",
                "metrics.csv, curves.png and checkpoint.zip after every epoch; progress on stderr."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--digits", defaultValue = TrainConfig.DEFAULT_DIGITS,
            description = "Digits to learn: 0, 0-9, 1,3,5-7 (default: ${DEFAULT-VALUE}, the blog's choice).")
    String digits;

    @Option(names = "--epochs", defaultValue = "" + TrainConfig.DEFAULT_EPOCHS,
            description = "Epochs in all (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "" + TrainConfig.DEFAULT_BATCH_SIZE,
            description = "Images per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", defaultValue = "" + TrainConfig.DEFAULT_SEED,
            description = "The run's one seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "runs", description = "Parent of the run folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--data", description = "Folder of MNIST-format IDX files (default: the 10,000 embedded digits).")
    Path data;

    @Option(names = "--loss", defaultValue = TrainConfig.DEFAULT_LOSS,
            description = "softmax (the blog's, class 0 = real) or sigmoid (default: ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--learning-rate", defaultValue = "" + TrainConfig.DEFAULT_LEARNING_RATE,
            description = "Adam's step size (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--beta1", defaultValue = "" + TrainConfig.DEFAULT_BETA1,
            description = "Adam's beta1 (default: ${DEFAULT-VALUE}).")
    double beta1;

    @Option(names = "--z-dim", defaultValue = "" + TrainConfig.DEFAULT_Z_DIM,
            description = "Dimension of the latent vector z (default: ${DEFAULT-VALUE}).")
    int zDim;

    @Option(names = "--width", defaultValue = "" + TrainConfig.DEFAULT_WIDTH,
            description = "Channels of G's last hidden layer, the others 2, 4, 8 times that (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--engine", defaultValue = TrainConfig.DEFAULT_ENGINE,
            description = "gemm (channels-last matrix products) or layers (DL4J's own layers, slower)"
                    + " (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--conditional", description = "Class-conditional: G gets the digit with z, D tells the 10 digits"
            + " and fake apart (K + 1 classes, softmax loss only); grids are one row per digit.")
    boolean conditional;

    @Option(names = "--mode-seeking", paramLabel = "λ", description = "Weight of the mode-seeking term in G's loss"
            + " (MSGAN, Mao et al. 2019: rewards samples that differ when z differs); 0 turns it off (default: "
            + TrainConfig.DEFAULT_CONDITIONAL_MODE_SEEKING + " with --conditional, 0 without).")
    Double modeSeeking;

    @Option(names = "--ema", paramLabel = "β", description = "Draw the grids and samples with an exponential moving"
            + " average of G's weights, decay β in (0, 1) (Yazici et al. 2019); 0: with G itself (default: "
            + TrainConfig.DEFAULT_CONDITIONAL_EMA + " with --conditional, 0 without).")
    Double ema;

    @Option(names = "--resume", description = "Continue this run folder from its checkpoint up to --epochs"
            + " (only --epochs is read; the rest comes from the checkpoint).")
    Path resume;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trainer.Result result;
        if (resume != null) {
            TrainConfig stored = Checkpoint.load(resume).config();
            int total = spec.commandLine().getParseResult().hasMatchedOption("--epochs") ? epochs : stored.epochs();
            result = Trainer.resume(resume, total, Trainer.data(stored), System.err);
        } else {
            TrainConfig config = TrainConfig.builder().digits(digits)
                    .data(data == null ? null : data.toAbsolutePath().normalize().toString()).epochs(epochs)
                    .batchSize(batchSize).seed(seed).loss(LossKind.parse(loss)).learningRate(learningRate)
                    .beta1(beta1).zDim(zDim).width(width).engine(Engine.parse(engine)).conditional(conditional)
                    .modeSeeking(modeSeeking == null ? TrainConfig.defaultModeSeeking(conditional) : modeSeeking)
                    .ema(ema == null ? TrainConfig.defaultEma(conditional) : ema).build();
            result = Trainer.train(config, Trainer.data(config), out, System.err);
        }
        System.out.println("trained " + result.epochs() + " epochs (" + result.steps() + " steps); grids, "
                + "metrics.csv and curves.png are in " + result.runDir());
        return 0;
    }
}
