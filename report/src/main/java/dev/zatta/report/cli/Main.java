package dev.zatta.report.cli;

import dev.zatta.report.BlogReport;
import dev.zatta.report.DcganPost;
import dev.zatta.report.ReportConfig;
import dev.zatta.report.ReportResult;
import dev.zatta.report.Section;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar report/target/report.jar --out DIR}: parses the options and delegates to {@link BlogReport}. */
@Command(name = "report", mixinStandardHelpOptions = true, version = "zatta report 0.1.0",
        description = "Reproduces every post of the blog into one folder (figures, tables and index.html) "
                + "through the zatta modules' library APIs.%nExit codes: 0 every post reproduced, 1 some post "
                + "could not be (the page says why), 2 bad arguments.")
public final class Main implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write the report to (created if absent); open DIR/index.html.")
    Path out;

    @Option(names = "--checkpoint", paramLabel = "GAN_RUN_DIR",
            description = "A run folder written by `gan train`: take the DCGAN figures from it instead of training a run.")
    Path checkpoint;

    @Option(names = "--gan-runs", paramLabel = "DIR", defaultValue = "runs",
            description = "Folder searched for the main command's finished run of the same schedule, shown instead of "
                    + "training one (default: ${DEFAULT-VALUE}, where the main command writes).")
    Path ganRuns;

    @Option(names = "--quick", description = "Quick mode: train " + ReportConfig.QUICK_GAN_EPOCHS
            + " epochs instead of the main command's " + ReportConfig.DEFAULT_GAN_EPOCHS
            + " (minutes less; the samples are still noise, and the page says so).")
    boolean quick;

    @Option(names = "--gan-epochs", paramLabel = "N",
            description = "Epochs of the DCGAN run the report trains when no --checkpoint is given (default: the main "
                    + "command's " + ReportConfig.DEFAULT_GAN_EPOCHS + "; " + ReportConfig.QUICK_GAN_EPOCHS + " with --quick). "
                    + "The conditional run of all ten digits gets 16/100 of them, rounded up (the README's "
                    + ReportConfig.DEFAULT_CONDITIONAL_EPOCHS + " by default).")
    Integer ganEpochs;

    @Option(names = "--gan-images", paramLabel = "N", defaultValue = "" + ReportConfig.DEFAULT_GAN_IMAGES,
            description = "Training images of the report's DCGAN run, 0 for every 0 of the embedded data (default: "
                    + "${DEFAULT-VALUE}); the conditional run trains on N of every digit.")
    int ganImages;

    @Option(names = "--gan-batch-size", paramLabel = "N", defaultValue = "" + ReportConfig.DEFAULT_GAN_BATCH_SIZE,
            description = "Batch size of the report's DCGAN runs (default: ${DEFAULT-VALUE}).")
    int ganBatchSize;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ReportConfig.DEFAULT_SEED,
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--posts", paramLabel = "POST", split = ",",
            description = "Posts to reproduce, comma-separated (default: all): ${COMPLETION-CANDIDATES}.")
    List<ReportConfig.Post> posts;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with the exit code 2 for bad arguments and progress on stderr. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            cl.getErr().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr());
            cl.getErr().println("Try 'report --help' for the options.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                c.getErr().println("report: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (checkpoint != null && !Files.isDirectory(checkpoint)) {
            throw new ParameterException(spec.commandLine(), "--checkpoint: '" + checkpoint
                    + "' is not a folder; expected a run folder written by java -jar gan/target/gan.jar train");
        }
        if (checkpoint != null) {
            try {
                DcganPost.requireUnconditional(checkpoint);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (quick && ganEpochs != null) {
            throw new ParameterException(spec.commandLine(), "--quick: sets --gan-epochs " + ReportConfig.QUICK_GAN_EPOCHS
                    + "; expected one of --quick and --gan-epochs, got both (--gan-epochs " + ganEpochs + ")");
        }
        int epochs = ganEpochs != null ? ganEpochs : quick ? ReportConfig.QUICK_GAN_EPOCHS : ReportConfig.DEFAULT_GAN_EPOCHS;
        ReportConfig config = ReportConfig.builder(out).checkpoint(checkpoint).ganRuns(ganRuns).ganEpochs(epochs)
                .ganImages(ganImages).ganBatchSize(ganBatchSize).seed(seed)
                .posts(posts == null || posts.isEmpty() ? EnumSet.allOf(ReportConfig.Post.class) : EnumSet.copyOf(posts))
                .build();
        ReportResult r = BlogReport.write(config, System.err);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("report: %d sections, %d images; open %s%n", r.sections().size(), r.images().size(),
                r.index().toAbsolutePath().normalize().toUri());
        for (Section s : r.problems()) {
            stdout.printf("report: section %s incomplete: %s%n", s.id(), s.problem());
        }
        stdout.flush();
        return r.problems().isEmpty() ? 0 : 1;
    }
}
