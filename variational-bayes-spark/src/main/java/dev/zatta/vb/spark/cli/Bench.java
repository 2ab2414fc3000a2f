package dev.zatta.vb.spark.cli;

import dev.zatta.io.FileTrees;
import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.SufficientStatistics;
import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import dev.zatta.vb.spark.SyntheticRows;
import dev.zatta.vb.spark.internal.ColumnarScan;
import dev.zatta.vb.spark.internal.StatisticsPass;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * The bench: N rows of the blog's data as Parquet, fitted by Spark on {@code master} and by the
 * single-machine streaming fit of the same rows (the accumulator fed row by row on one thread, as
 * {@code variational-bayes fit} feeds it), in alternating rounds of one run. Spark's time is split
 * into start-up (the session), the scan (decoding the column batches and reading every value), the
 * fit pass (scan and accumulation: the whole job) and the driver's sweeps; the same scan and fit
 * pass through Row objects show what the column batches save. Wall and CPU time (all threads of the
 * process, so the ratio holds on a loaded machine too); medians over the rounds.
 *
 * @param n rows
 * @param basis the Gaussians the fit uses (the bench's: evenly spaced on [−1, 1])
 * @param rounds timed rounds (after one warm-up round)
 * @param seed the data's seed
 * @param master Spark's master
 */
record Bench(int n, GaussianBasis basis, int rounds, long seed, String master) {
    /** Seconds and CPU seconds (all threads) of one timed step. */
    private record Time(double wall, double cpu) {
    }

    /** One round: each step's time. */
    private record Round(Time decode, Time rows, Time fit, Time fitRows, Time sweeps, Time single, Time inMemory) {
    }

    void run(PrintWriter out, PrintWriter err) throws IOException {
        double loadBefore = load();
        long t0 = System.nanoTime();
        SparkSession spark = Sessions.start(master, "variational-bayes-spark bench");
        double startup = seconds(t0);
        Path dir = Files.createTempDirectory("vb-spark-bench-");
        try {
            Path file = dir.resolve("rows.parquet");
            err.printf(Locale.ROOT, "session on %s in %.1f s; writing %d rows (seed %d) to %s%n", master, startup, n, seed,
                    file);
            err.flush();
            Time write = time(() -> {
                try {
                    DataFile.of(file.toString(), null).write(SyntheticRows.of(spark, SyntheticData::blog, n, seed), false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            double[][] rows = SyntheticData.blog().sample(n, seed);
            Dataset<Row> data = spark.read().parquet(file.toString());
            int partitions = data.javaRDD().getNumPartitions();
            VbConfig config = VbConfig.builder(basis).build();

            List<Round> timed = new ArrayList<>();
            VbPosterior[] fits = new VbPosterior[2];
            for (int r = 0; r <= rounds; r++) {
                Round round = round(data, rows, config, r % 2 == 1, fits);
                err.printf(Locale.ROOT, "%s: spark decode %.3f s, rows %.3f s, fit %.3f s, fit as rows %.3f s; "
                        + "single streaming %.3f s, in memory %.3f s%n", r == 0 ? "warm-up" : "round " + r + "/" + rounds,
                        round.decode().wall(), round.rows().wall(), round.fit().wall(), round.fitRows().wall(),
                        round.single().wall(), round.inMemory().wall());
                err.flush();
                if (r > 0) {
                    timed.add(round);
                }
            }
            report(out, timed, startup, write, partitions, fits, loadBefore);
        } finally {
            spark.stop();
            FileTrees.deleteRecursively(dir);
        }
    }

    private Round round(Dataset<Row> data, double[][] rows, VbConfig config, boolean singleFirst, VbPosterior[] fits) {
        Time[] single = new Time[2];
        SufficientStatistics[] singleStats = new SufficientStatistics[1];
        Runnable singleSide = () -> {
            single[0] = time(() -> {
                SufficientStatistics.Accumulator acc = SufficientStatistics.accumulator(config.basis());
                double[] x = rows[0];
                double[] y = rows[1];
                for (int i = 0; i < x.length; i++) {
                    acc.add(x[i], y[i]);
                }
                return singleStats[0] = acc.snapshot();
            });
            fits[1] = VariationalLinearRegression.fit(config, singleStats[0]);
            single[1] = time(() -> SufficientStatistics.of(config.basis(), rows[0], rows[1]));
        };
        if (singleFirst) {
            singleSide.run();
        }
        Time decode = time(() -> ColumnarScan.of(data.select("x", "t")).orElseThrow().map(new BatchWalk()).collect());
        Time walk = time(() -> data.select("x", "t").mapPartitions(new RowWalk(), Encoders.DOUBLE()).collectAsList());
        StatisticsPass.Result[] pass = new StatisticsPass.Result[1];
        Time fit = time(() -> pass[0] = StatisticsPass.run(data, "x", "t", config.basis(), null, true));
        if (!pass[0].columnar()) {
            throw new IllegalStateException("the bench's Parquet file was not read as column batches");
        }
        Time fitRows = time(() -> StatisticsPass.run(data, "x", "t", config.basis(), null, false));
        Time sweeps = time(() -> fits[0] = VariationalLinearRegression.fit(config, pass[0].statistics()));
        if (!singleFirst) {
            singleSide.run();
        }
        return new Round(decode, walk, fit, fitRows, sweeps, single[0], single[1]);
    }

    private void report(PrintWriter out, List<Round> timed, double startup, Time write, int partitions,
            VbPosterior[] fits, double loadBefore) {
        out.printf(Locale.ROOT, "N = %d rows of Parquet (%d partitions), M = %d Gaussians (s = %s), master %s, "
                + "%d cores, %d rounds (medians), load average %.1f before, %.1f after%n", n, partitions, basis.size(),
                basis.scale(), master, Runtime.getRuntime().availableProcessors(), timed.size(), loadBefore, load());
        out.printf(Locale.ROOT, "%-50s %9s %9s %12s%n", "", "wall s", "cpu s", "rows/s");
        out.printf(Locale.ROOT, "%-50s %9.3f%n", "spark start-up (session)", startup);
        line(out, "spark write (generate the Parquet file)", write);
        Time decode = median(timed, Round::decode);
        Time walk = median(timed, Round::rows);
        Time fit = median(timed, Round::fit);
        Time fitRows = median(timed, Round::fitRows);
        Time single = median(timed, Round::single);
        line(out, "spark scan: decode column batches", decode);
        line(out, "spark scan as rows: one Row object per row", walk);
        line(out, "spark fit pass, column batches (the default)", fit);
        line(out, "spark fit pass, rows", fitRows);
        Time sweeps = median(timed, Round::sweeps);
        out.printf(Locale.ROOT, "%-50s %9.3f %9.3f%n", "spark driver: sweeps", sweeps.wall(), sweeps.cpu());
        line(out, "single machine streaming (1 thread)", single);
        line(out, "single machine in memory (parallel chunks)", median(timed, Round::inMemory));
        out.printf(Locale.ROOT, "spark fit pass (column batches) cpu: decode %.0f%%, accumulate %.0f%%%n",
                100 * decode.cpu() / fit.cpu(), 100 * (fit.cpu() - decode.cpu()) / fit.cpu());
        out.printf(Locale.ROOT, "spark fit pass / single streaming, rows/s: wall %.2f, cpu %.2f (target >= 0.5 on the "
                + "same cores)%n", single.wall() / fit.wall(), single.cpu() / fit.cpu());
        out.printf(Locale.ROOT, "spark fit pass as rows / single streaming, rows/s: wall %.2f, cpu %.2f%n",
                single.wall() / fitRows.wall(), single.cpu() / fitRows.cpu());
        double[] a = fits[0].mean();
        double[] b = fits[1].mean();
        double diff = 0;
        double size = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            size = Math.max(size, Math.abs(b[i]));
        }
        out.printf(Locale.ROOT, "fits agree: %d sweeps each, max |m_spark - m_single| / max |m| = %.1e, "
                + "L = %.6f vs %.6f%n", fits[0].iterations(), diff / size, fits[0].lowerBound(), fits[1].lowerBound());
        out.flush();
    }

    private void line(PrintWriter out, String what, Time t) {
        out.printf(Locale.ROOT, "%-50s %9.3f %9.3f %12.3g%n", what, t.wall(), t.cpu(), n / t.wall());
    }

    /** Reads every value of every batch (the decode cost of the columnar pass, less the fold). */
    private static final class BatchWalk implements org.apache.spark.api.java.function.Function<ColumnarBatch, Double> {
        private static final long serialVersionUID = 1L;

        @Override
        public Double call(ColumnarBatch batch) {
            double sum = 0;
            ColumnVector x = batch.column(0);
            ColumnVector t = batch.column(1);
            for (int i = 0; i < batch.numRows(); i++) {
                sum += x.getDouble(i) + t.getDouble(i);
            }
            return sum;
        }
    }


    /** Hands every row of a partition to Java and reads both doubles (the fit's per-row cost, less φ). */
    private static final class RowWalk implements MapPartitionsFunction<Row, Double> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Double> call(Iterator<Row> rows) {
            double sum = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                if (!row.isNullAt(0) && !row.isNullAt(1)) {
                    sum += row.getDouble(0) + row.getDouble(1);
                }
            }
            return List.of(sum).iterator();
        }
    }

    private static Time time(Supplier<?> job) {
        long c = cpu();
        long t = System.nanoTime();
        job.get();
        return new Time(seconds(t), (cpu() - c) / 1e9);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The median wall time and the median CPU time of a step over the rounds. */
    private static Time median(List<Round> rounds, Function<Round, Time> step) {
        return new Time(median(rounds.stream().mapToDouble(r -> step.apply(r).wall()).toArray()),
                median(rounds.stream().mapToDouble(r -> step.apply(r).cpu()).toArray()));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM does not report it. */
    private static long cpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
