package dev.zatta.vb.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --data} argument: a UTF-8 file, or {@code -} for stdin. Stateless. */
final class Inputs {
    private Inputs() {
    }

    /** Opens the data (the caller closes it). */
    static Reader open(String data) throws IOException {
        return data.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8);
    }

    /** The name error messages use: the file name, or "stdin". */
    static String name(String data) {
        return data.equals("-") ? "stdin" : data;
    }
}
