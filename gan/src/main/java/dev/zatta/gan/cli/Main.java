package dev.zatta.gan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar gan/target/gan.jar <command>}: train, sample, evaluate, bench, classifier. */
@Command(name = "gan", mixinStandardHelpOptions = true,
        description = "The blog's DCGAN (Chainer -> Deeplearning4j) on MNIST digits.",
        subcommands = {TrainCommand.class, SampleCommand.class, EvaluateCommand.class, BenchCommand.class,
                ClassifierCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "command: expected one of train, sample, evaluate, bench, classifier");
    }

    /** The command line with the module's exception handling (clear one-line errors, exit code 2). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof dev.zatta.gan.train.TrainingDivergedException
                    || ex instanceof java.io.UncheckedIOException) {
                line.getErr().println("gan " + line.getCommandName() + ": " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
