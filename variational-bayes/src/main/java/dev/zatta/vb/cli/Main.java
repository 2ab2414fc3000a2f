package dev.zatta.vb.cli;

import dev.zatta.vb.PolynomialBasis;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar variational-bayes/target/variational-bayes.jar}. */
@Command(name = "variational-bayes", mixinStandardHelpOptions = true,
        description = "Variational Bayes linear regression (PRML §10.3).")
public final class Main implements Callable<Integer> {
    @Option(names = "--degree", defaultValue = "3", description = "Polynomial degree (default ${DEFAULT-VALUE}).")
    int degree;

    @Option(names = "--x", defaultValue = "0.5", description = "Point at which to print φ(x) (default ${DEFAULT-VALUE}).")
    double x;

    @Override
    public Integer call() {
        System.out.println(Arrays.toString(PolynomialBasis.of(degree).apply(x)));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
