package dev.zatta.packaging.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar packaging-demo/target/packaging-demo.jar doctor|cases ...}. */
@Command(name = "packaging-demo", mixinStandardHelpOptions = true, version = "packaging-demo 0.1.0",
        subcommands = {DoctorCommand.class, CasesCommand.class},
        description = "The blog's import pitfall as JPMS module-path and source-encoding cases, and a doctor that "
                + "names the real cause.%nExit codes: 0 healthy / all reproduced, 1 findings, 2 bad arguments.")
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "expected a subcommand: doctor or cases");
    }

    /** Runs the command line with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }
}
