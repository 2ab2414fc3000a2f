package dev.zatta.vb;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV readers on the same file of N rows of x,t (as {@code generate} writes them), in alternating rounds
 * of one run: {@link CsvData} (records split by FastCSV), the hand-written line reader CsvData used
 * before it (kept here as the reference the choice was measured against), FastCSV alone and Commons
 * CSV. Every reader does the whole job of {@code fit}'s pass: each line to two finite doubles (header on line 1, blank lines skipped, exactly two
 * fields, the line number for errors), handed to a sink that sums them (the same sums from all three
 * are checked). Prints, for each, the median wall time and the median CPU time of the reading thread
 * (steadier than wall time on a shared, loaded machine), and the median over rounds of its ratio to
 * the hand-written reader in the same round.
 *
 * <pre>
 * ./mvnw -B -q -pl variational-bayes -am -Pbench test -DskipTests -Dbench.args="--n 10000000 --rounds 5"
 * </pre>
 */
public final class CsvBench {
    /** One way to read the file. */
    interface Parser {
        void parse(Path file, RowConsumer sink) throws IOException;
    }

    record Variant(String name, Parser parser) {
    }

    private CsvBench() {
    }

    public static void main(String[] args) throws IOException {
        long n = 10_000_000;
        int rounds = 5;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--n" -> n = Long.parseLong(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("expected --n N or --rounds R, got " + args[i]);
            }
        }
        List<Variant> variants = List.of(new Variant("hand-written", CsvBench::handWritten),
                new Variant("CsvData (FastCSV)", CsvBench::csvData),
                new Variant("FastCSV alone", CsvBench::fastCsv),
                new Variant("Commons CSV", CsvBench::commonsCsv));
        Path file = Files.createTempFile("vb-csv-bench-", ".csv");
        try {
            write(file, n);
            System.out.printf(Locale.ROOT, "N = %d rows, %.1f MB; %d rounds after one warm-up round; %d cores, load %.1f%n",
                    n, Files.size(file) / 1e6, rounds, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            double[][] seconds = new double[variants.size()][rounds];
            double[][] cpu = new double[variants.size()][rounds];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] sums = new double[variants.size()];
            for (int r = -1; r < rounds; r++) {
                for (int k = 0; k < variants.size(); k++) {
                    int v = Math.floorMod(k + r, variants.size()); // rotate the order every round
                    double[] sum = {0};
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    variants.get(v).parser().parse(file, (x, t) -> sum[0] += x + 2 * t);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double c = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                    if (r >= 0) {
                        seconds[v][r] = s;
                        cpu[v][r] = c;
                        System.err.printf(Locale.ROOT, "round %d %-24s %.3f s wall, %.3f s cpu%n", r + 1,
                                variants.get(v).name(), s, c);
                    }
                    sums[v] = sum[0];
                }
            }
            for (int v = 1; v < sums.length; v++) {
                if (sums[v] != sums[0]) {
                    throw new IllegalStateException(variants.get(v).name() + " read other numbers: " + sums[v] + " vs "
                            + sums[0]);
                }
            }
            System.err.flush();
            System.out.printf(Locale.ROOT, "%-24s %10s %10s %10s %14s %14s%n", "reader", "wall s", "min s", "cpu s",
                    "wall / hand", "cpu / hand");
            for (int v = 0; v < variants.size(); v++) {
                double[] wallRatio = new double[rounds];
                double[] cpuRatio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    wallRatio[r] = seconds[v][r] / seconds[0][r];
                    cpuRatio[r] = cpu[v][r] / cpu[0][r];
                }
                System.out.printf(Locale.ROOT, "%-24s %10.3f %10.3f %10.3f %13.2fx %13.2fx%n", variants.get(v).name(),
                        median(seconds[v]), Arrays.stream(seconds[v]).min().orElseThrow(), median(cpu[v]),
                        median(wallRatio), median(cpuRatio));
            }
            System.out.printf(Locale.ROOT, "load at the end %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void write(Path file, long n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SyntheticData.blog().writeCsv(n, 1, w);
        }
    }

    static void csvData(Path file, RowConsumer sink) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvData.forEachRow(r, file.toString(), sink);
        }
    }

    /** CsvData's reader before FastCSV: lines, a comma split by hand, the same checks. */
    static void handWritten(Path file, RowConsumer sink) throws IOException {
        try (BufferedReader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                int fields = 1;
                for (int i = comma; i >= 0; i = line.indexOf(',', i + 1)) {
                    fields++;
                }
                if (lineNo == 1 && !CsvData.isNumber(comma < 0 ? line : line.substring(0, comma))) {
                    continue;
                }
                row(file, lineNo, fields, comma < 0 ? line : line.substring(0, comma),
                        comma < 0 ? "" : line.substring(comma + 1), sink);
            }
        }
    }

    static void fastCsv(Path file, RowConsumer sink) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord rec : reader) {
                long line = rec.getStartingLineNumber();
                if (line == 1 && !CsvData.isNumber(rec.getField(0))) {
                    continue;
                }
                row(file, line, rec.getFieldCount(), rec.getField(0), rec.getFieldCount() > 1 ? rec.getField(1) : "",
                        sink);
            }
        }
    }

    static void commonsCsv(Path file, RowConsumer sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(r)) {
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                if (rec.getRecordNumber() == 1 && line == 1 && !CsvData.isNumber(rec.get(0))) {
                    continue;
                }
                row(file, line, rec.size(), rec.get(0), rec.size() > 1 ? rec.get(1) : "", sink);
            }
        }
    }

    /** CsvData's checks (its own number parsing), for the other readers. */
    private static void row(Path file, long line, int fields, String x, String t, RowConsumer sink) {
        if (fields != 2) {
            throw new DataFormatException(file + ":" + line + ": expected 2 columns (x,t), got " + fields);
        }
        sink.accept(CsvData.number(file.toString(), line, "x", x), CsvData.number(file.toString(), line, "t", t));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
