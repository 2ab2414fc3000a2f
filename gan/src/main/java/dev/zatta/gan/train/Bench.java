package dev.zatta.gan.train;

import dev.zatta.gan.model.Architecture;
import dev.zatta.gan.model.Dcgan;
import dev.zatta.gan.model.Engine;
import dev.zatta.gan.model.TrainingStep;
import dev.zatta.gan.model.LossKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of the blog's DCGAN (images per second after warm-up) and of the same step in PyTorch,
 * measured one after the other in the same call so that the ratio sees the same machine load.
 */
public final class Bench {
    private Bench() {}

    /**
     * Images/s of {@code steps} training steps of the blog's DCGAN (softmax loss, Adam 2e-4/0.5) at batch
     * {@code batchSize} with {@code engine}, after {@code warmup} untimed steps, on random images.
     */
    public static double dl4j(Engine engine, int batchSize, int steps, int warmup, long seed) {
        return dl4j(engine, false, batchSize, steps, warmup, seed);
    }

    /**
     * {@link #dl4j(Engine, int, int, int, long)}, of the class-conditional model when {@code conditional}
     * (G's input z + one-hot digit, D's 11 logits; the batch's digits drawn at random, G asked for the same).
     */
    public static double dl4j(Engine engine, boolean conditional, int batchSize, int steps, int warmup, long seed) {
        if (batchSize < 2 || steps < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench: expected batch-size >= 2, steps >= 1, warmup >= 0, got "
                    + batchSize + ", " + steps + ", " + warmup);
        }
        Architecture blog = conditional ? Architecture.blogConditional() : Architecture.blog(LossKind.SOFTMAX);
        Dcgan model = Dcgan.create(blog, TrainConfig.DEFAULT_LEARNING_RATE, TrainConfig.DEFAULT_BETA1, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] px = new float[batchSize * Images.PIXELS];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) (2 * rng.nextDouble() - 1);
        }
        INDArray real = Nd4j.create(px, new long[] {batchSize, 1, Architecture.SIDE, Architecture.SIDE}, 'c');
        TrainingStep step = engine.stepFor(model);
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
