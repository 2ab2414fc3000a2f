package dev.zatta.vb.cli;

import dev.zatta.vb.Basis;
import dev.zatta.vb.CsvData;
import dev.zatta.vb.DataSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data FILE.csv} of {@code fit} and {@code select}: a UTF-8 file, or {@code -} for stdin. A picocli mixin. */
final class CsvInput {
    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "CSV with columns x,t (header optional); '-' reads stdin.")
    String data;

    /** One streaming pass over the data for {@code basis}, keeping the first {@code sampleRows} rows. */
    DataSummary summarize(Basis basis, int sampleRows) throws IOException {
        boolean stdin = data.equals("-");
        try (Reader r = stdin
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8)) {
            return CsvData.summarize(r, stdin ? "stdin" : data, basis, sampleRows);
        }
    }
}
