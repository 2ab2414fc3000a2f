package dev.zatta.gan.train;

import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.LossKind;
import dev.zatta.gan.model.ModeSeeking;
import dev.zatta.gan.model.TrainingStep;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of the blog's DCGAN (images per second after warm-up) and of the same step in PyTorch
 * ({@code gan/bench/dcgan_torch.py}), in alternating rounds of one call so that both see the same machine
 * load; the best round of each counts, PyTorch at its best thread setting. Stateless.
 */
public final class Bench {
    private Bench() {}

    /**
     * What {@code gan bench} measures, immutable; the messages of bad values name the command's options.
     *
     * @param batchSize    images per step
     * @param steps        timed steps per round
     * @param warmup       untimed steps before them
     * @param rounds       alternating rounds of DL4J and PyTorch
     * @param torchThreads PyTorch thread counts, each timed in every round
     * @param python       a Python with torch
     * @param script       the PyTorch peer; when it or the Python is missing, only DL4J is timed
     * @param layers       whether to time {@code --engine layers} too
     * @param conditional  whether to time the class-conditional model ({@code train --conditional}) on both sides
     */
    public record Config(int batchSize, int steps, int warmup, int rounds, List<Integer> torchThreads, Path python,
            Path script, boolean layers, boolean conditional) {
        public Config {
            check(batchSize >= 2, "--batch-size: expected >= 2, got " + batchSize);
            check(steps >= 1, "--steps: expected >= 1, got " + steps);
            check(warmup >= 0, "--warmup: expected >= 0, got " + warmup);
            check(rounds >= 1, "--rounds: expected >= 1, got " + rounds);
            torchThreads = List.copyOf(torchThreads);
            for (int t : torchThreads) {
                check(t >= 1, "--torch-threads: expected counts >= 1, got " + t);
            }
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /**
     * The best round of each, immutable.
     *
     * @param gemm         images/s of the default engine
     * @param layers       images/s of {@code --engine layers}, if timed
     * @param torch        PyTorch's images/s at its best thread setting, if it ran
     * @param torchThreads that thread setting (0 if PyTorch did not run)
     * @param torchFailure what PyTorch printed when it did not run ("" otherwise)
     */
    public record Result(double gemm, OptionalDouble layers, OptionalDouble torch, int torchThreads,
            String torchFailure) {
        /** The closing lines: each best, the ratio against PyTorch and, if timed, how much faster gemm is. */
        public String summary(int rounds) {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "dl4j   images/s: %.1f (best of %d)%n",
                    gemm, rounds));
            layers.ifPresent(l -> s.append(String.format(Locale.ROOT,
                    "layers images/s: %.1f (best of %d)%ngemm/layers: %.2f%n", l, rounds, gemm / l)));
            if (torch.isPresent()) {
                s.append(String.format(Locale.ROOT, "torch  images/s: %.1f (best of %d, %d thread%s)%n"
                        + "ratio dl4j/torch: %.2f%n", torch.getAsDouble(), rounds, torchThreads,
                        torchThreads == 1 ? "" : "s", gemm / torch.getAsDouble()));
            } else {
                s.append("torch  not measured: ").append(torchFailure).append(System.lineSeparator());
            }
            return s.toString();
        }
    }

    /**
     * Runs the rounds: in each, DL4J (and {@code --engine layers} if asked), then PyTorch at every thread
     * setting. One line per measurement goes to {@code out}, what is starting to {@code progress}.
     */
    public static Result run(Config c, PrintStream out, PrintStream progress) throws IOException, InterruptedException {
        double gemm = 0;
        double layers = 0;
        double torch = 0;
        int torchThreads = 0;
        String torchFailure = "";
        for (int r = 1; r <= c.rounds(); r++) {
            progress.printf(Locale.ROOT, "round %d/%d: DL4J, %d warm-up + %d timed steps, batch %d ...%n", r,
                    c.rounds(), c.warmup(), c.steps(), c.batchSize());
            double g = dl4j(Engine.GEMM, c.conditional(), c.batchSize(), c.steps(), c.warmup(), 1);
            out.printf(Locale.ROOT, "round %d  dl4j           images/s: %.1f%n", r, g);
            gemm = Math.max(gemm, g);
            if (c.layers()) {
                double l = dl4j(Engine.LAYERS, c.conditional(), c.batchSize(), c.steps(), c.warmup(), 1);
                out.printf(Locale.ROOT, "round %d  dl4j layers    images/s: %.1f%n", r, l);
                layers = Math.max(layers, l);
            }
            for (int threads : c.torchThreads()) {
                progress.println("round " + r + ": PyTorch, " + threads + " thread(s): " + c.python() + " "
                        + c.script() + " ...");
                TorchResult t = torch(c.python(), c.script(), c.conditional(), c.batchSize(), c.steps(), c.warmup(), threads);
                if (t.imagesPerSecond().isPresent()) {
                    double v = t.imagesPerSecond().getAsDouble();
                    out.printf(Locale.ROOT, "round %d  torch %d thread%s images/s: %.1f%n", r, threads,
                            threads == 1 ? " " : "s", v);
                    if (v > torch) {
                        torch = v;
                        torchThreads = threads;
                    }
                } else {
                    torchFailure = t.output().strip();
                }
            }
        }
        return new Result(gemm, c.layers() ? OptionalDouble.of(layers) : OptionalDouble.empty(),
                torch > 0 ? OptionalDouble.of(torch) : OptionalDouble.empty(), torchThreads,
                torch > 0 ? "" : torchFailure);
    }

    /**
     * Images/s of {@code steps} training steps of the blog's DCGAN (softmax loss, Adam 2e-4/0.5) at batch
     * {@code batchSize} with {@code engine}, after {@code warmup} untimed steps, on random images.
     */
    public static double dl4j(Engine engine, int batchSize, int steps, int warmup, long seed) {
        return dl4j(engine, false, batchSize, steps, warmup, seed);
    }

    /**
     * {@link #dl4j(Engine, int, int, int, long)}, of the class-conditional model when {@code conditional}
     * (G's input z + one-hot digit, D's 11 logits, the mode-seeking term and the average of G's weights of
     * {@code train --conditional}; the batch's
     * digits drawn at random, G asked for the same).
     */
    public static double dl4j(Engine engine, boolean conditional, int batchSize, int steps, int warmup, long seed) {
        if (batchSize < 2 || steps < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench: expected batch-size >= 2, steps >= 1, warmup >= 0, got "
                    + batchSize + ", " + steps + ", " + warmup);
        }
        Architecture blog = conditional ? Architecture.blogConditional() : Architecture.blog(LossKind.SOFTMAX);
        Dcgan model = Dcgan.create(blog, TrainConfig.DEFAULT_LEARNING_RATE, TrainConfig.DEFAULT_BETA1, seed)
                .withGeneratorAverage(TrainConfig.defaultEma(conditional));
        SplittableRandom rng = new SplittableRandom(seed);
        float[] px = new float[batchSize * Images.PIXELS];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) (2 * rng.nextDouble() - 1);
        }
        INDArray real = Nd4j.create(px, new long[] {batchSize, 1, Architecture.SIDE, Architecture.SIDE}, 'c');
        TrainingStep step = engine.stepFor(model, new ModeSeeking(TrainConfig.defaultModeSeeking(conditional)));
        int[] labels = null;
        if (conditional) {
            labels = new int[batchSize];
            for (int i = 0; i < batchSize; i++) {
                labels[i] = rng.nextInt(blog.classes());
            }
        }
        for (int i = 0; i < warmup; i++) {
            step.step(real, labels, Images.latent(rng, batchSize, blog.zDim()));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            step.step(real, labels, Images.latent(rng, batchSize, blog.zDim()));
        }
        return (double) steps * batchSize / ((System.nanoTime() - t0) / 1e9);
    }

    private static final Pattern RESULT = Pattern.compile("^images/s: ([0-9.]+)$", Pattern.MULTILINE);

    /** What the PyTorch script printed, and its images/s if it ran. */
    public record TorchResult(OptionalDouble imagesPerSecond, String output) {}

    /**
     * Runs {@code python script --batch-size B --steps S --warmup W --threads T} with
     * {@code OPENBLAS_NUM_THREADS=1} (Debian's OpenBLAS threads otherwise fight torch's own, halving its speed).
     */
    public static TorchResult torch(Path python, Path script, int batchSize, int steps, int warmup, int threads)
            throws IOException, InterruptedException {
        return torch(python, script, false, batchSize, steps, warmup, threads);
    }

    /** {@link #torch(Path, Path, int, int, int, int)}, with {@code --conditional} when {@code conditional}. */
    public static TorchResult torch(Path python, Path script, boolean conditional, int batchSize, int steps,
            int warmup, int threads) throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) {
            return new TorchResult(OptionalDouble.empty(), "no PyTorch script at " + script.toAbsolutePath());
        }
        if (!Files.isExecutable(python)) {
            return new TorchResult(OptionalDouble.empty(), "no Python at " + python);
        }
        List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString(),
                "--batch-size", Integer.toString(batchSize), "--steps", Integer.toString(steps),
                "--warmup", Integer.toString(warmup), "--threads", Integer.toString(threads)));
        if (conditional) {
            cmd.add("--conditional");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            return new TorchResult(OptionalDouble.empty(), out);
        }
        Matcher m = RESULT.matcher(out);
        return m.find() ? new TorchResult(OptionalDouble.of(Double.parseDouble(m.group(1))), out)
                : new TorchResult(OptionalDouble.empty(), out);
    }
}
