package dev.zatta.vb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar variational-bayes/target/variational-bayes.jar fit|select|figures|bench|generate}. Bad
 * input (options or data) exits with code 2 and a one-line message naming the parameter or the
 * file, line and value; other failures exit with 1 ({@link ErrorHandler}).
 */
@Command(name = "variational-bayes", mixinStandardHelpOptions = true, version = "variational-bayes 0.1.0",
        description = "Variational Bayes linear regression with Gamma hyperpriors on α and β (PRML §10.3).",
        subcommands = {FitCommand.class, SelectCommand.class, FiguresCommand.class, BenchCommand.class,
            GenerateCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: fit, select, figures, bench or generate");
    }

    /** The configured command line (for tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
