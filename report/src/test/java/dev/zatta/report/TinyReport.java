package dev.zatta.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The whole report written once per test JVM with tiny settings — a 1-epoch DCGAN on 256 zeros in batches
 * of 32, and the conditional part's 1-epoch run on the first 256 images of every digit (2,560) in batches of 32
 * — shared by the integration tests that read it (training is the slow part).
 */
final class TinyReport {
    static final Path OUT = Path.of("target", "report-it").toAbsolutePath();
    static final long SEED = 7;
    static final int EPOCHS = 1;
    static final int IMAGES = 256;
    static final int BATCH = 32;

    private static ReportResult result;
    private static String progress;

    private TinyReport() {
    }

    static ReportConfig config() {
        return ReportConfig.builder(OUT).ganEpochs(EPOCHS).ganImages(IMAGES).ganBatchSize(BATCH).seed(SEED).build();
    }

    static synchronized ReportResult get() {
        if (result == null) {
            Chromium.deleteTree(OUT);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream p = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                result = BlogReport.write(config(), p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress = bytes.toString(StandardCharsets.UTF_8);
        }
        return result;
    }

    /** What the report printed while it was written. */
    static synchronized String progress() {
        get();
        return progress;
    }
}
