package dev.zatta.gan.cli;

import dev.zatta.gan.Shapes;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar gan/target/gan.jar}. */
@Command(name = "gan", mixinStandardHelpOptions = true,
        description = "The blog's DCGAN on Deeplearning4j. Prints the generator's spatial sizes.")
public final class Main implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("generator sizes: " + Arrays.toString(Shapes.generatorSizes()));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
