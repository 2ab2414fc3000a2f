package dev.zatta.vb.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.vb.Basis;
import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.SufficientStatistics;
import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import dev.zatta.vb.spark.internal.StatisticsPass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Spark fit equals the single-machine fit of the same rows, for any partitioning. */
class SparkFitTest {
    static SparkSession spark;
    static double[][] rows;
    static Dataset<Row> data;

    static final VbConfig BLOG = VbConfig.builder(Basis.gaussian(new double[] {-1, -0.5, 0, 0.5, 1}, 10)).build();
    static final VbConfig CUBIC_FIXED_BETA = VbConfig.builder(Basis.polynomial(3)).alphaPrior(1e-3, 1e-3)
            .fixedBeta(4).build();

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
        rows = SyntheticData.blog().sample(20_000, 11);
        data = SyntheticRows.of(spark, SyntheticData::blog, 20_000, 11).cache();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** max |a − b| / max |b|. */
    static double relative(double[] a, double[] b) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return diff / scale;
    }

    static double relative(double a, double b) {
        return Math.abs(a - b) / Math.abs(b);
    }

    static void assertAgree(VbPosterior spark, VbPosterior single, double tolerance) {
        assertThat(spark.count()).isEqualTo(single.count());
        assertThat(spark.iterations()).isEqualTo(single.iterations());
        assertThat(spark.converged()).isEqualTo(single.converged());
        assertThat(relative(spark.mean(), single.mean())).isLessThanOrEqualTo(tolerance);
        assertThat(relative(spark.covariance(), single.covariance())).isLessThanOrEqualTo(tolerance);
        assertThat(relative(spark.expectedAlpha(), single.expectedAlpha())).isLessThanOrEqualTo(tolerance);
        assertThat(relative(spark.expectedBeta(), single.expectedBeta())).isLessThanOrEqualTo(tolerance);
        assertThat(relative(spark.lowerBound(), single.lowerBound())).isLessThanOrEqualTo(tolerance);
        assertThat(relative(spark.lowerBoundTrace(), single.lowerBoundTrace())).isLessThanOrEqualTo(tolerance);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void anyPartitioningGivesTheSingleMachineFit(int partitions) {
        // repartition deals the rows out to the partitions: another order of summation in each
        Dataset<Row> parts = data.repartition(partitions);
        assertThat(parts.javaRDD().getNumPartitions()).isEqualTo(partitions);
        for (VbConfig config : List.of(BLOG, CUBIC_FIXED_BETA)) {
            VbPosterior single = VariationalLinearRegression.fit(config, rows[0], rows[1]);
            VbPosterior distributed = SparkVariationalRegression.fit(parts, "x", "t", config);
            assertAgree(distributed, single, 1e-10);
        }
    }

    @Test
    void onePartitionInRowOrderIsTheStreamingFitBitForBit() {
        SufficientStatistics.Accumulator acc = SufficientStatistics.accumulator(BLOG.basis());
        for (int i = 0; i < rows[0].length; i++) {
            acc.add(rows[0][i], rows[1][i]);
        }
        VbPosterior streamed = VariationalLinearRegression.fit(BLOG, acc.snapshot());
        VbPosterior distributed = SparkVariationalRegression.fit(data.coalesce(1), "x", "t", BLOG);
        assertThat(distributed.mean()).containsExactly(streamed.mean());
        assertThat(distributed.covariance()).containsExactly(streamed.covariance());
        assertThat(distributed.lowerBoundTrace()).containsExactly(streamed.lowerBoundTrace());
        assertThat(distributed.expectedBeta()).isEqualTo(streamed.expectedBeta());
    }

    @Test
    void theSamePartitioningGivesTheSameBitsEveryRun() {
        Dataset<Row> parts = data.repartition(8);
        SufficientStatistics a = SparkVariationalRegression.statistics(parts, "x", "t", BLOG.basis());
        SufficientStatistics b = SparkVariationalRegression.statistics(parts, "x", "t", BLOG.basis());
        assertThat(a.gram()).containsExactly(b.gram());
        assertThat(a.projection()).containsExactly(b.projection());
        assertThat(a.targetSquares()).isEqualTo(b.targetSquares());
    }

    @Test
    void syntheticRowsAreTheRowsOfSyntheticData() {
        SyntheticRows.Source square = () -> new SyntheticData(x -> x * x, 0.1, 0, 2);
        List<Row> got = SyntheticRows.of(spark, square, 500, 3).collectAsList();
        double[][] expected = square.get().sample(500, 3);
        assertThat(got).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(got.get(i).getDouble(0)).isEqualTo(expected[0][i]);
            assertThat(got.get(i).getDouble(1)).isEqualTo(expected[1][i]);
        }
        assertThat(data.count()).isEqualTo(rows[0].length);
        assertThatThrownBy(() -> SyntheticRows.of(spark, SyntheticData::blog, -1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n: expected an integer >= 0, got -1");
    }

    @Test
    void statisticsAreTheSingleMachineStatistics() {
        SufficientStatistics s = SparkVariationalRegression.statistics(data, "x", "t", BLOG.basis());
        SufficientStatistics single = SufficientStatistics.of(BLOG.basis(), rows[0], rows[1]);
        assertThat(s.count()).isEqualTo(20_000);
        assertThat(relative(s.gram(), single.gram())).isLessThanOrEqualTo(1e-13);
        assertThat(relative(s.projection(), single.projection())).isLessThanOrEqualTo(1e-13);
        assertThat(relative(s.targetSquares(), single.targetSquares())).isLessThanOrEqualTo(1e-13);
    }

    @Test
    void passReportsTheXRangeAndPartitions() {
        StatisticsPass.Result pass = StatisticsPass.run(data.repartition(3), "x", "t", BLOG.basis(), null, true);
        assertThat(pass.partitions()).isEqualTo(3);
        assertThat(pass.xMin()).isEqualTo(java.util.Arrays.stream(rows[0]).min().orElseThrow());
        assertThat(pass.xMax()).isEqualTo(java.util.Arrays.stream(rows[0]).max().orElseThrow());
    }

    @Test
    void anyNumericTypeAndTextAreReadAsDoubles() {
        // small integers and halves: exact in every type, so every frame holds the same numbers
        StructType schema = new StructType().add("xi", DataTypes.IntegerType).add("xl", DataTypes.LongType)
                .add("xs", DataTypes.StringType).add("tf", DataTypes.FloatType)
                .add("td", DataTypes.createDecimalType(10, 2)).add("ts", DataTypes.StringType);
        List<Row> typed = new ArrayList<>();
        double[] x = new double[40];
        double[] t = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i % 7 - 3;
            t[i] = (i % 5) * 0.5 - 1;
            typed.add(RowFactory.create((int) x[i], (long) x[i], " " + x[i] + " ", (float) t[i],
                    BigDecimal.valueOf(t[i]), Double.toString(t[i])));
        }
        Dataset<Row> frame = spark.createDataFrame(typed, schema);
        VbConfig config = VbConfig.builder(Basis.polynomial(2)).build();
        VbPosterior expected = VariationalLinearRegression.fit(config, x, t);
        for (String[] cols : new String[][] {{"xi", "tf"}, {"xl", "td"}, {"xs", "ts"}}) {
            VbPosterior got = SparkVariationalRegression.fit(frame.coalesce(1), cols[0], cols[1], config);
            assertThat(got.mean()).as(cols[0] + "," + cols[1]).containsExactly(expected.mean());
            assertThat(got.lowerBound()).isEqualTo(expected.lowerBound());
        }
    }

    @Test
    void columnNamesResolveIgnoringCaseAsSparkDoes() {
        VbPosterior upper = SparkVariationalRegression.fit(data.toDF("X", "T"), "x", "t", CUBIC_FIXED_BETA);
        VbPosterior lower = SparkVariationalRegression.fit(data, "x", "t", CUBIC_FIXED_BETA);
        assertThat(upper.mean()).containsExactly(lower.mean());
    }

    /** A user basis that can travel to the executors. */
    record Hinge(double knot) implements Basis, Serializable {
        @Override
        public int size() {
            return 3;
        }

        @Override
        public void evaluate(double x, double[] out, int offset) {
            out[offset] = 1;
            out[offset + 1] = x;
            out[offset + 2] = Math.max(0, x - knot);
        }

        @Override
        public String describe() {
            return "hinge(" + knot + ")";
        }
    }

    @Test
    void aSerializableUserBasisWorks() {
        VbConfig config = VbConfig.builder(new Hinge(0.25)).build();
        VbPosterior single = VariationalLinearRegression.fit(config, rows[0], rows[1]);
        assertAgree(SparkVariationalRegression.fit(data.repartition(3), "x", "t", config), single, 1e-10);
    }

    @Test
    void aFunctionBasisIsRefusedBeforeAnyWork() {
        Basis lambda = Basis.of("cubic", 2, x -> new double[] {x, x * x * x});
        assertThatThrownBy(() -> SparkVariationalRegression.fit(data, "x", "t", VbConfig.builder(lambda).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("basis: expected a Gaussian or polynomial basis, or a Basis class that implements "
                        + "java.io.Serializable (the executors evaluate it), got cubic(2 functions)");
    }

    @Test
    void evenlySpacedGaussiansTravelAsTheSameBasis() {
        GaussianBasis basis = GaussianBasis.evenlySpaced(10, -1, 1, 10);
        SufficientStatistics s = SparkVariationalRegression.statistics(data.coalesce(1), "x", "t", basis);
        SufficientStatistics.Accumulator acc = SufficientStatistics.accumulator(basis);
        acc.addAll(rows[0], rows[1], 0, rows[0].length);
        assertThat(s.gram()).containsExactly(acc.snapshot().gram());
    }

    @Test
    void aParquetFileIsReadAsColumnBatchesWithTheSameNumbersAsRows(@TempDir Path dir) {
        String file = dir.resolve("rows.parquet").toString();
        data.write().option("parquet.block.size", 64 << 10).parquet(file);
        Dataset<Row> parquet = spark.read().parquet(file);
        StatisticsPass.Result batches = StatisticsPass.run(parquet, "x", "t", BLOG.basis(), null, true);
        StatisticsPass.Result rows = StatisticsPass.run(parquet, "x", "t", BLOG.basis(), null, false);
        assertThat(batches.columnar()).isTrue();
        assertThat(rows.columnar()).isFalse();
        assertThat(batches.statistics().gram()).containsExactly(rows.statistics().gram());
        assertThat(batches.statistics().projection()).containsExactly(rows.statistics().projection());
        assertThat(batches.xMin()).isEqualTo(rows.xMin());
        VbPosterior single = VariationalLinearRegression.fit(BLOG, SyntheticData.blog().sample(20_000, 11)[0],
                SyntheticData.blog().sample(20_000, 11)[1]);
        assertAgree(SparkVariationalRegression.fit(parquet, "x", "t", BLOG), single, 1e-10);
        // anything but a bare scan of double columns is read as rows
        assertThat(StatisticsPass.run(parquet.where("x > 0"), "x", "t", BLOG.basis(), null, true).columnar()).isFalse();
        assertThat(StatisticsPass.run(parquet.selectExpr("x", "t * 2 AS t"), "x", "t", BLOG.basis(), null, true)
                .columnar()).isFalse();
    }

    /** The README's Java example, line for line between the markers; returns its two fits. */
    static VbPosterior[] readmeSnippet() {
        // README BEGIN
        SparkSession spark = SparkSession.builder().getOrCreate();  // spark-submit's; elsewhere .master("local[*]")
        Dataset<Row> rows = SyntheticRows.of(spark, SyntheticData::blog, 100_000, 1);  // or spark.read().parquet(...)
        VbConfig config = VbConfig.builder(Basis.gaussian(new double[] {-1, -0.5, 0, 0.5, 1}, 10)).build();
        VbPosterior fit = SparkVariationalRegression.fit(rows.repartition(8), "x", "t", config);
        double[][] same = SyntheticData.blog().sample(100_000, 1);            // the same rows, in memory
        VbPosterior single = VariationalLinearRegression.fit(config, same[0], same[1]);
        System.out.printf(Locale.ROOT, "Spark:       L = %.6f, E[alpha] = %.6f, E[beta] = %.6f%n",
                fit.lowerBound(), fit.expectedAlpha(), fit.expectedBeta());
        System.out.printf(Locale.ROOT, "one machine: L = %.6f, E[alpha] = %.6f, E[beta] = %.6f%n",
                single.lowerBound(), single.expectedAlpha(), single.expectedBeta());
        // README END
        return new VbPosterior[] {fit, single};
    }

    /** The README's first {@code java} block and the {@code text} block right after it (its output). */
    static List<List<String>> readmeExample() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int java = lines.indexOf("```java");
        int javaEnd = lines.subList(java, lines.size()).indexOf("```") + java;
        int text = javaEnd + 1;
        while (lines.get(text).isBlank()) {
            text++;
        }
        assertThat(lines.get(text)).as("the block after the README's Java example").isEqualTo("```text");
        int textEnd = lines.subList(text, lines.size()).indexOf("```") + text;
        return List.of(lines.subList(java + 1, javaEnd), lines.subList(text + 1, textEnd));
    }

    @Test
    void readmeExamplePrintsWhatTheReadmeShows() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        VbPosterior[] fits;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            fits = readmeSnippet();
        } finally {
            System.setOut(out);
        }
        assertAgree(fits[0], fits[1], 1e-10);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(readmeExample().get(1));
    }

    @Test
    void readmeShowsExactlyThisExample() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/zatta/vb/spark/SparkFitTest.java"));
        List<String> snippet = source.subList(source.indexOf("        // README BEGIN") + 1,
                source.indexOf("        // README END"));
        assertThat(readmeExample().get(0).stream().map(String::strip).toList())
                .isEqualTo(snippet.stream().map(String::strip).toList());
    }
}
