package dev.zatta.vb.cli;

import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.Restarts;
import dev.zatta.vb.SufficientStatistics;
import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench --n 10000000 --basis-count 10}: the in-memory fit (ΦᵀΦ, Φᵀt, tᵀt, sweeps to
 * convergence) against numpy doing the same work on the same data in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the in-memory fit of N blog-data points with M Gaussian basis functions, next to numpy "
                + "(bench/vb_numpy.py) on the same data, in the same run.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BenchDataOptions data;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed runs per side; the median is reported (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with numpy and scipy (default ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--script", description = "bench/vb_numpy.py (default: found next to the jar or in the working directory).")
    Path script;

    @Option(names = "--no-numpy", description = "Time the Java side only.")
    boolean noNumpy;

    @Override
    public Integer call() throws Exception {
        int n = data.n();
        BenchDataOptions.atLeastOne(spec, "--repeats", repeats);
        GaussianBasis basis = data.basis();
        long seed = data.seed();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        // one start, as the numpy side runs; the cost of restarts is timed separately below
        VbConfig config = VbConfig.builder(basis).restarts(Restarts.NONE).build();
        err.printf(Locale.ROOT, "generating %d rows (seed %d)%n", n, seed);
        err.flush();
        double[][] d = SyntheticData.blog().sample(n, seed);

        double[] javaTimes = new double[repeats];
        double[] javaCpu = new double[repeats];
        VbPosterior post = null;
        for (int r = 0; r < repeats; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            post = VariationalLinearRegression.fit(config, SufficientStatistics.of(basis, d[0], d[1]));
            javaTimes[r] = (System.nanoTime() - t0) / 1e9;
            javaCpu[r] = (processCpuNanos() - c0) / 1e9;
            err.printf(Locale.ROOT, "java run %d/%d: %.3f s wall, %.3f s cpu%n", r + 1, repeats, javaTimes[r], javaCpu[r]);
            err.flush();
        }
        double javaMedian = median(javaTimes);
        out.printf(Locale.ROOT, "N = %d, M = %d Gaussians (s = %s), %d sweeps, %d cores, load average %.1f%n", n,
                basis.size(), basis.scale(), post.iterations(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "%-8s %14s %10s %14s%n", "side", "median wall s", "min wall s", "median cpu s");
        out.printf(Locale.ROOT, "%-8s %14.3f %10.3f %14.3f%n", "java", javaMedian, Arrays.stream(javaTimes).min().orElseThrow(),
                median(javaCpu));
        restartCost(config, SufficientStatistics.of(basis, d[0], d[1]), javaMedian);
        if (noNumpy) {
            out.flush();
            return 0;
        }
        Path scriptPath = script != null ? script : findScript();
        Path tmp = Files.createTempFile("vb-bench-", ".f64");
        try {
            writeLittleEndian(tmp, d[0], d[1]);
            d = null; // the numpy process needs the memory more
            StringJoiner centres = new StringJoiner(",");
            for (double c : basis.centres()) {
                centres.add(Double.toString(c));
            }
            List<String> cmd = new ArrayList<>(List.of(python, scriptPath.toString(), "--data", tmp.toString(), "--n",
                    Integer.toString(n), "--centres=" + centres, "--scale", Double.toString(basis.scale()),
                    "--repeats", Integer.toString(repeats)));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().remove("OPENBLAS_CORETYPE");
            pb.environment().remove("OPENBLAS_L2_SIZE");
            err.println("running " + String.join(" ", cmd));
            err.flush();
            Process proc = pb.start();
            String reply;
            try (InputStream in = proc.getInputStream()) {
                reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int rc = proc.waitFor();
            if (rc != 0) {
                throw new IOException("numpy side failed with exit code " + rc + ": " + reply);
            }
            double[] numpyTimes = numbers(reply, "times");
            double[] numpyCpu = numbers(reply, "cpu");
            double[] numpyMean = numbers(reply, "mean");
            double numpyMedian = median(numpyTimes);
            out.printf(Locale.ROOT, "%-8s %14.3f %10.3f %14.3f%n", "numpy", numpyMedian,
                    Arrays.stream(numpyTimes).min().orElseThrow(), median(numpyCpu));
            out.printf(Locale.ROOT, "java / numpy: wall (median) = %.3f, cpu (median) = %.3f%n", javaMedian / numpyMedian,
                    median(javaCpu) / median(numpyCpu));
            double[] m = post.mean();
            double diff = 0;
            double scaleM = 0;
            for (int i = 0; i < m.length; i++) {
                diff = Math.max(diff, Math.abs(m[i] - numpyMean[i]));
                scaleM = Math.max(scaleM, Math.abs(numpyMean[i]));
            }
            out.printf(Locale.ROOT, "posterior means agree: max |m_java - m_numpy| / max |m| = %.2e%n", diff / scaleM);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out.flush();
        return 0;
    }

    /**
     * The sweeps alone from the same statistics with each {@link Restarts}, in alternating rounds
     * (median of {@code repeats}), next to the whole one-start fit: what {@code --restarts} costs.
     */
    private void restartCost(VbConfig config, SufficientStatistics stats, double wholeFit) {
        var out = spec.commandLine().getOut();
        Restarts[] kinds = Restarts.values();
        double[][] times = new double[kinds.length][repeats];
        int[] starts = new int[kinds.length];
        for (int r = -1; r < repeats; r++) {
            for (int k = 0; k < kinds.length; k++) {
                long t0 = System.nanoTime();
                VbPosterior p = VariationalLinearRegression.fit(config.toBuilder().restarts(kinds[k]).build(), stats);
                if (r >= 0) {
                    times[k][r] = (System.nanoTime() - t0) / 1e9;
                }
                starts[k] = p.attempts().size();
            }
        }
        out.printf(Locale.ROOT, "%-19s %6s %14s %18s%n", "sweeps only", "starts", "median ms", "share of the fit");
        for (int k = 0; k < kinds.length; k++) {
            double m = median(times[k]);
            out.printf(Locale.ROOT, "--restarts %-8s %6d %14.3f %17.2f%%%n", kinds[k].label(), starts[k], 1e3 * m,
                    100 * m / wholeFit);
        }
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM does not report it. */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.max(0, sun.getProcessCpuTime());
        }
        return 0;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double[] numbers(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("numpy side: no \"" + key + "\" in its reply: " + json);
        }
        return Arrays.stream(m.group(1).split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }

    private static void writeLittleEndian(Path file, double[] x, double[] t) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] a : new double[][] {x, t}) {
                for (double v : a) {
                    if (buf.remaining() < 8) {
                        buf.flip();
                        while (buf.hasRemaining()) {
                            ch.write(buf);
                        }
                        buf.clear();
                    }
                    buf.putDouble(v);
                }
            }
            buf.flip();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    private static Path findScript() throws URISyntaxException {
        Path cwd = Path.of("variational-bayes", "bench", "vb_numpy.py");
        if (Files.isRegularFile(cwd)) {
            return cwd;
        }
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path besideJar = jar.getParent().resolveSibling("bench").resolve("vb_numpy.py");
        if (Files.isRegularFile(besideJar)) {
            return besideJar;
        }
        throw new IllegalArgumentException("--script: bench/vb_numpy.py not found in " + cwd.toAbsolutePath() + " or "
                + besideJar + "; pass --script");
    }
}
