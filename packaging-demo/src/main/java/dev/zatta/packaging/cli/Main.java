package dev.zatta.packaging.cli;

import dev.zatta.packaging.Encodings;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar packaging-demo/target/packaging-demo.jar}. */
@Command(name = "packaging-demo", mixinStandardHelpOptions = true,
        description = "Reports the first byte of FILE that is not valid in the given encoding.")
public final class Main implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A source file.")
    Path file;

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "Declared encoding (default ${DEFAULT-VALUE}).")
    Charset encoding;

    @Override
    public Integer call() throws Exception {
        int at = Encodings.firstInvalidByte(Files.readAllBytes(file), encoding);
        if (at < 0) {
            System.out.println(file + ": valid " + encoding.name());
            return 0;
        }
        System.out.println(file + ": byte " + at + " is not valid " + encoding.name());
        return 1;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
