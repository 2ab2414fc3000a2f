package dev.zatta.vb.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.spark.TestSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in process, on one shared session: the JSON of variational-bayes fit, and its errors. */
class CliTest {
    static SparkSession spark;

    /** The class's session for every run, never stopped by a run. */
    static final Sessions SHARED = new Sessions() {
        @Override
        public SparkSession open(String master) {
            return spark;
        }

        @Override
        public void close(SparkSession session) {
        }
    };

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    record Run(int code, String out, String err) {
        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    static Run spark(String... args) {
        return run(Main.commandLine(SHARED), args);
    }

    static Run singleMachine(String... args) {
        return run(dev.zatta.vb.cli.Main.commandLine(), args);
    }

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The blog's rows as variational-bayes generate writes them ({@code SyntheticData.writeCsv}). */
    static Path csv(Path dir, String name, int n, long seed) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file)) {
            SyntheticData.blog().writeCsv(n, seed, out);
        }
        return file;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fitOfACsvFileWritesVariationalBayesFitsJsonByteForByte(@TempDir Path dir) throws IOException {
        Path data = csv(dir, "rows.csv", 3000, 5);
        for (List<String> options : List.of(List.<String>of(),
                List.of("--basis", "poly", "--degree", "3", "--fixed-beta", "4", "--predict", "-1:1:5"))) {
            Path ours = dir.resolve("spark.json");
            Path theirs = dir.resolve("vb.json");
            Files.deleteIfExists(ours);
            Files.deleteIfExists(theirs);
            Run s = spark(concat(List.of("fit", "--data", data.toString(), "--json", ours.toString()), options));
            Run v = singleMachine(concat(List.of("fit", "--data", data.toString(), "--json", theirs.toString()), options));
            assertThat(s.code()).as(s.err()).isZero();
            assertThat(v.code()).as(v.err()).isZero();
            // one small file is one partition read in order: the same sums, the same document
            assertThat(Files.readString(ours)).isEqualTo(Files.readString(theirs));
            assertThat(s.out()).startsWith("fit: N=3000 M=").endsWith(" -> " + ours + "\n");
        }
    }

    @Test
    void generateWritesTheRowsOfVariationalBayesGenerate(@TempDir Path dir) throws IOException {
        Path parquet = dir.resolve("rows.parquet");
        Run g = spark("generate", "--n", "4000", "--seed", "4", "--out", parquet.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(g.out()).isEqualTo("generate: 4000 rows (seed 4) -> " + parquet + "\n");
        assertThat(names(dir)).containsExactly("rows.parquet"); // no temporary folder left beside it
        Path ours = dir.resolve("spark.json");
        Path theirs = dir.resolve("vb.json");
        assertThat(spark("fit", "--data", parquet.toString(), "--json", ours.toString(), "--plot",
                dir.resolve("fit.png").toString()).code()).isZero();
        assertThat(singleMachine("fit", "--data", csv(dir, "rows.csv", 4000, 4).toString(), "--json",
                theirs.toString()).code()).isZero();
        assertThat(Files.readString(ours)).isEqualTo(Files.readString(theirs));
        assertThat(Files.size(dir.resolve("fit.png"))).isGreaterThan(1000);

        Run again = spark("generate", "--n", "10", "--out", parquet.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.firstErrorLine()).isEqualTo("--out: expected a path that does not exist yet (or --overwrite "
                + "to replace it), got '" + parquet + "'");
    }

    @Test
    void generateWithOverwriteReplacesTheDataSetAndFitReadsTheNewOne(@TempDir Path dir) throws IOException {
        Path parquet = dir.resolve("rows.parquet");
        for (int n : new int[] {3000, 700}) {
            Run g = spark("generate", "--n", String.valueOf(n), "--seed", "2", "--out", parquet.toString(), "--overwrite");
            assertThat(g.code()).as(g.err()).isZero();
            assertThat(g.out()).isEqualTo("generate: " + n + " rows (seed 2) -> " + parquet + "\n");
            assertThat(names(dir)).containsExactly("rows.parquet"); // neither the new folder nor the old left beside it
        }
        Path ours = dir.resolve("spark.json");
        Path theirs = dir.resolve("vb.json");
        Run fit = spark("fit", "--data", parquet.toString(), "--json", ours.toString());
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(fit.out()).startsWith("fit: N=700 M=");
        assertThat(singleMachine("fit", "--data", csv(dir, "rows.csv", 700, 2).toString(), "--json",
                theirs.toString()).code()).isZero();
        assertThat(Files.readString(ours)).isEqualTo(Files.readString(theirs));

        Path other = Files.createDirectory(dir.resolve("other.parquet"));
        Run refused = spark("generate", "--n", "10", "--out", other.toString(), "--overwrite");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.firstErrorLine())
                .isEqualTo("--out: expected, to overwrite, a folder Spark wrote (holding _SUCCESS), got '" + other + "'");
    }

    @Test
    void aCsvWrittenByGenerateIsReadBack(@TempDir Path dir) {
        Path out = dir.resolve("rows.csv");
        assertThat(spark("generate", "--n", "500", "--out", out.toString()).code()).isZero();
        Run fit = spark("fit", "--data", out.toString(), "--basis", "poly", "--degree", "2");
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(fit.out()).contains("\"n\": 500,");
    }

    @Test
    void badValuesNameTheFileRowColumnAndValueAndWriteNothing(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("fit.json");
        Path nan = Files.writeString(dir.resolve("nan.csv"), "x,t\n0.1,0.2\n0.3,0.4\n0.5,NaN\n");
        Run r = spark("fit", "--data", nan.toString(), "--json", json.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + nan + ": row 3: column t: expected a finite number, got \"NaN\"\n");
        Path word = Files.writeString(dir.resolve("word.csv"), "x,t\n0.1,0.2\nabc,0.4\n");
        assertThat(spark("fit", "--data", word.toString(), "--json", json.toString()).err())
                .isEqualTo("error: " + word + ": row 2: column x: expected a number, got \"abc\"\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "x,t\n");
        assertThat(spark("fit", "--data", empty.toString(), "--json", json.toString()).err())
                .isEqualTo("error: " + empty + ": data: expected at least one row, got none\n");
        Run column = spark("fit", "--data", nan.toString(), "--t", "y", "--json", json.toString());
        assertThat(column.code()).isEqualTo(2);
        assertThat(column.err()).isEqualTo("error: " + nan + ": t column: expected one of the data's columns [x, t], got 'y'\n");
        assertThat(names(dir)).containsExactly("empty.csv", "nan.csv", "word.csv");
    }

    @Test
    void badOptionsAreRefusedBeforeSparkReadsAnything(@TempDir Path dir) throws IOException {
        Path data = csv(dir, "rows.csv", 10, 1);
        Run format = spark("fit", "--data", data.toString(), "--format", "orc");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.firstErrorLine()).isEqualTo("--format: expected 'csv' or 'parquet', got 'orc'");
        assertThat(spark("fit", "--data", "rows.txt").firstErrorLine())
                .isEqualTo("--format: expected 'csv' or 'parquet', or a name ending in .csv or .parquet, got 'rows.txt'");
        Run missing = spark("fit", "--data", dir.resolve("none.parquet").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: file not found: " + dir.resolve("none.parquet") + "\n");
        // variational-bayes fit's own option checks, through its mixins
        assertThat(spark("fit", "--data", data.toString(), "--scale", "0").firstErrorLine())
                .isEqualTo("--scale: expected a finite number > 0, got 0.0");
        assertThat(spark("generate", "--n", "-1", "--out", dir.resolve("x.parquet").toString()).firstErrorLine())
                .isEqualTo("--n: expected an integer >= 0, got -1");
        // bench names the one option that is wrong, before it starts a session
        assertThat(spark("bench", "--n", "0").firstErrorLine()).isEqualTo("--n: expected an integer >= 1, got 0");
        assertThat(spark("bench", "--rounds", "0").firstErrorLine()).isEqualTo("--rounds: expected an integer >= 1, got 0");
        assertThat(spark("bench", "--basis-count", "0").firstErrorLine())
                .isEqualTo("--basis-count: expected an integer >= 1, got 0");
        Run scale = spark("bench", "--scale", "-2");
        assertThat(scale.code()).isEqualTo(2);
        assertThat(scale.firstErrorLine()).isEqualTo("--scale: expected a finite number > 0, got -2.0");
    }

    @Test
    void versionSaysWhetherSparksAddOpensAreInEffect() {
        Run v = spark("--version");
        assertThat(v.out()).startsWith("variational-bayes-spark 0.1.0\nSpark 4.2.0, Java ")
                .endsWith("15 of Spark's 15 --add-opens in effect\n");
    }

    static String[] concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
