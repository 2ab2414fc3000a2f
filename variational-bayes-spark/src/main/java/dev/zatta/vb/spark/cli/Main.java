package dev.zatta.vb.spark.cli;

import dev.zatta.vb.cli.ErrorHandler;
import java.net.URL;
import java.util.Objects;
import org.apache.spark.sql.AnalysisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar variational-bayes-spark/target/variational-bayes-spark.jar fit|generate|bench}, or the
 * same jar under {@code spark-submit --class dev.zatta.vb.spark.cli.Main}. Bad input (options, data,
 * a path Spark cannot resolve) exits with code 2 and one line naming it; other failures exit with 1
 * (variational-bayes's {@link ErrorHandler}, plus Spark's {@link AnalysisException}).
 */
@Command(name = "variational-bayes-spark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The variational-bayes fit on Apache Spark: one pass over the partitions, the sweeps on the driver.",
        subcommands = {FitCommand.class, GenerateCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Sessions sessions;

    /** {@code --version}: this, Spark's and Java's versions, and whether Spark's --add-opens are in effect. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"variational-bayes-spark 0.1.0",
                "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ", Java " + Runtime.version(),
                ModuleOptions.describe()};
        }
    }

    private Main(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Where the subcommands get their SparkSession. */
    Sessions sessions() {
        return sessions;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: fit, generate or bench");
    }

    /** The configured command line, each run with a session of its own. */
    public static CommandLine commandLine() {
        return commandLine(Sessions.DEFAULT);
    }

    /** The configured command line, with sessions from {@code sessions} (a test shares one). */
    public static CommandLine commandLine(Sessions sessions) {
        CommandLine cl = new CommandLine(new Main(Objects.requireNonNull(sessions, "sessions")));
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof AnalysisException a) {
                line.getErr().println("error: " + a.getMessage());
                line.getErr().flush();
                return CommandLine.ExitCode.USAGE;
            }
            return errors.handleExecutionException(e, line, parsed);
        });
        return cl;
    }

    /**
     * Runs the command line. Before Spark loads: warnings-only logging (unless a log4j2 configuration
     * is given), and the Netty settings spark-submit passes, which {@code java -jar} cannot take from
     * the manifest (the manifest carries the {@code Add-Opens}).
     */
    public static void main(String[] args) {
        URL logging = Main.class.getResource("log4j2-cli.properties");
        if (logging != null && System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", logging.toString());
        }
        setIfAbsent("io.netty.tryReflectionSetAccessible", "true");
        setIfAbsent("io.netty.allocator.type", "pooled");
        System.exit(commandLine().execute(args));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
