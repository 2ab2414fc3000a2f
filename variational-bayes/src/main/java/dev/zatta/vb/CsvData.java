package dev.zatta.vb;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads {@code x,t} CSV data: two comma-separated numbers per record, an optional header on line 1
 * (a first line whose first field is not a number), blank lines ignored; fields may be quoted (RFC
 * 4180). Records are split by FastCSV, which reads as fast as the hand-written reader this class had
 * before (CPU time 1.01×, measured with {@code -Pbench}, see the README). Every error is a
 * {@link DataFormatException} naming the source, the line number and the bad value: a non-finite
 * value (NaN, ±Infinity), a field that is not a number, a ragged row (not exactly two fields), or
 * no data rows at all.
 *
 * <p>{@link #summarize} and {@link #accumulate} stream: they read line by line into a
 * {@link SufficientStatistics.Accumulator} and keep nothing else, so 10⁸ rows fit in a small heap.
 * Stateless.
 */
public final class CsvData {
    /** Spellings of NaN and infinity that other tools write (Java parses only NaN and Infinity). */
    private static final java.util.regex.Pattern NON_FINITE =
            java.util.regex.Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private CsvData() {
    }

    /** One streaming pass over {@code file} into statistics for {@code basis}. */
    public static SufficientStatistics accumulate(Path file, Basis basis) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return summarize(r, file.toString(), basis, 0).statistics();
        }
    }

    /**
     * One streaming pass over {@code reader}: the statistics for {@code basis}, the x range and the
     * first {@code sampleRows} rows ({@link DataSummary}); nothing else is kept.
     *
     * @param source the name used in error messages (file name, or "stdin")
     * @throws DataFormatException naming source, line and value
     */
    public static DataSummary summarize(Reader reader, String source, Basis basis, int sampleRows) throws IOException {
        DataSummary.Collector collector = DataSummary.collector(source, basis, sampleRows);
        parse(reader, source, collector);
        return collector.summary();
    }

    /** Reads all rows into memory: {x, t}. */
    public static double[][] read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads all rows of {@code reader} into memory: {x, t}. */
    public static double[][] read(Reader reader, String source) throws IOException {
        double[][] buf = {new double[1024], new double[1024]};
        int[] n = {0};
        parse(reader, source, (x, t) -> {
            if (n[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], 2 * n[0]);
                buf[1] = Arrays.copyOf(buf[1], 2 * n[0]);
            }
            buf[0][n[0]] = x;
            buf[1][n[0]++] = t;
        });
        return new double[][] {Arrays.copyOf(buf[0], n[0]), Arrays.copyOf(buf[1], n[0])};
    }

    /**
     * One streaming pass over {@code reader}, handing each row to {@code sink}.
     *
     * @param source the name used in error messages (file name, or "stdin")
     * @throws DataFormatException naming source, line and value
     */
    public static void forEachRow(Reader reader, String source, RowConsumer sink) throws IOException {
        parse(reader, source, sink);
    }

    static void parse(Reader reader, String source, RowConsumer sink) throws IOException {
        long rows = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(reader)) {
            for (CsvRecord rec : csv) {
                long line = rec.getStartingLineNumber();
                int fields = rec.getFieldCount();
                String first = rec.getField(0);
                if (fields == 1 && first.isBlank()) {
                    continue; // a line of spaces (FastCSV itself skips empty lines)
                }
                if (line == 1 && !isNumber(first)) {
                    continue; // header
                }
                if (fields != 2) {
                    throw new DataFormatException(source + ":" + line + ": expected 2 columns (x,t), got " + fields
                            + " in \"" + abbreviate(String.join(",", rec.getFields())) + "\"");
                }
                sink.accept(number(source, line, "x", first), number(source, line, "t", rec.getField(1)));
                rows++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            throw new DataFormatException(source + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        }
        if (rows == 0) {
            throw new DataFormatException(source + ": expected at least one data row (x,t), got none");
        }
    }

    static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static double number(String source, long lineNo, String column, String field) {
        String s = field.strip();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            String what = NON_FINITE.matcher(s).matches() ? "a finite number" : "a number";
            throw new DataFormatException(source + ":" + lineNo + ": column " + column + ": expected " + what + ", got \""
                    + abbreviate(s) + "\"");
        }
        if (!Double.isFinite(v)) {
            throw new DataFormatException(source + ":" + lineNo + ": column " + column
                    + ": expected a finite number, got \"" + abbreviate(s) + "\"");
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
