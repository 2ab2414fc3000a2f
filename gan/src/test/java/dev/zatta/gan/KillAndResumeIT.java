package dev.zatta.gan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at any moment leaves a run folder that {@code train --resume} continues to exactly the
 * result of an uninterrupted run: the packaged jar's {@code train} runs as a separate process and is killed
 * (SIGKILL, {@link Process#destroyForcibly}) as soon as its run folder appears, in the middle of writing a
 * checkpoint, right after writing an epoch's grid (ahead of its checkpoint) and in the middle of writing
 * metrics.csv, each time resumed; the folder's files then equal, byte for byte, those of a run that was never
 * interrupted (metrics.csv except its timing column). A quarter of the blog's width (16) keeps it to a few minutes.
 */
@Tag("slow")
class KillAndResumeIT {
    static final List<String> JVM = MainCommandIT.JVM;
    static final List<String> TRAIN = List.of("train", "--epochs", "8", "--width", "16", "--seed", "3");
    static final String RUN = "digits-0_batch-64_seed-3_loss-softmax_width-16";

    @Test
    void aRunKilledAtFourMomentsAndResumedEqualsAnUninterruptedOne(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        Process uninterrupted = start(tmp, "whole", train(whole)); // alongside: ND4J runs one thread per process

        Path runs = tmp.resolve("killed");
        Path run = runs.resolve(RUN);
        List<String> resume = List.of("train", "--resume", run.toString());

        // 1. as soon as the run folder appears (it holds the epoch-0 checkpoint)
        killWhen(start(tmp, "first", train(runs)), () -> Files.isDirectory(run), "the run folder appears");
        assertThat(run.resolve("checkpoint.zip")).isRegularFile();

        // 2. while a checkpoint is being written: the kill must find the temporary file still there
        assertThat(killDuringWrite(tmp, resume, run, ".checkpoint.zip.")).as("killed during a checkpoint write")
                .isTrue();

        // 3. right after an epoch's grid, before its checkpoint (an earlier kill may have left the next grid)
        int next = epochOf(run) + 1;
        while (Files.exists(grid(run, next))) {
            next++;
        }
        Path nextGrid = grid(run, next);
        killWhen(start(tmp, "grid", resume), () -> Files.exists(nextGrid), nextGrid + " appears");
        assertThat(epochOf(run)).as("the checkpoint is behind the grid").isLessThan(next);

        // 4. while metrics.csv is being written (a small file: the kill may land just after it)
        killDuringWrite(tmp, resume, run, ".metrics.csv.");

        finish(start(tmp, "last", resume));
        finish(uninterrupted);
        assertThat(metrics(run)).as("metrics.csv but its timing column")
                .containsExactlyElementsOf(metrics(whole.resolve(RUN)));
        assertThat(digests(run)).as("the SHA-256 of every file of the resumed run")
                .isEqualTo(digests(whole.resolve(RUN)));
    }

    private static Path grid(Path run, int epoch) {
        return run.resolve(String.format("epoch-%04d.png", epoch));
    }

    private static List<String> train(Path out) {
        List<String> args = new ArrayList<>(TRAIN);
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    /** Starts {@code java [README flags] -jar target/gan.jar args}, stderr to a file named by {@code label}. */
    private static Process start(Path dir, String label, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM);
        cmd.add("-jar");
        cmd.add(Path.of("target", "gan.jar").toAbsolutePath().toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr-" + label + ".txt").toFile()).start();
    }

    private static void finish(Process p) throws InterruptedException {
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("exit status").isZero();
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Kills {@code p} (SIGKILL) the moment {@code condition} holds, polling without pause. */
    private static void killWhen(Process p, Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.holds()) {
            assertThat(p.isAlive()).as("the process is still running when we wait for: " + what).isTrue();
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

    /**
     * Resumes and kills the process as soon as a temporary file {@code prefix*.tmp} of a write appears; returns
     * whether it was still there after the kill (the write was cut short), trying up to five times.
     */
    private static boolean killDuringWrite(Path dir, List<String> resume, Path run, String prefix) throws Exception {
        Predicate<Path> temporary = f -> f.getFileName().toString().startsWith(prefix)
                && f.getFileName().toString().endsWith(".tmp");
        for (int attempt = 0; attempt < 5; attempt++) {
            killWhen(start(dir, prefix + attempt, resume), () -> !list(run, temporary).isEmpty(), prefix + "*.tmp");
            if (!list(run, temporary).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> list(Path dir, Predicate<Path> filter) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (filter.test(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The epoch of the run's checkpoint, from its state entry. */
    private static int epochOf(Path run) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(run.resolve("checkpoint.zip").toFile())) {
            java.util.Properties p = new java.util.Properties();
            p.load(zip.getInputStream(zip.getEntry("state.properties")));
            return Integer.parseInt(p.getProperty("epoch"));
        }
    }

    /** metrics.csv's lines without their last column, images_per_s (a timing). */
    private static List<String> metrics(Path run) throws IOException {
        return Files.readAllLines(run.resolve("metrics.csv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    /** Every file of a folder by name: the SHA-256 of its bytes (of {@link #metrics} for metrics.csv). */
    private static TreeMap<String, String> digests(Path dir) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        for (Path f : list(dir, f -> true)) {
            String name = f.getFileName().toString();
            byte[] bytes = name.equals("metrics.csv")
                    ? String.join("\n", metrics(dir)).getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(f);
            out.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        return out;
    }
}
