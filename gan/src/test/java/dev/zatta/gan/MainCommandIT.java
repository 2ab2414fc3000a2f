package dev.zatta.gan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.train.MainRunGoldenTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command, run as written (the packaged jar, the README's JVM flags, two threads), its first
 * 30 steps against those recorded, and then {@code evaluate --n 64}: at least 90% of 64 samples recognised as 0 with
 * confidence above 0.9, and a Fréchet distance that rules out the collapsed generator of shorter runs (which
 * is recognised too, but scores about 300). About 5 minutes on 2 cores.
 */
@Tag("slow")
class MainCommandIT {
    /** The options of the README's main command; the test checks that the README still says this. */
    static final String TRAIN = "train --digits 0 --epochs 100 --out runs/";
    static final List<String> JVM = List.of("-Xmx512m", "-Dorg.bytedeco.javacpp.maxbytes=512M",
            "-Dorg.bytedeco.javacpp.maxphysicalbytes=1500M");

    private static final Pattern RECOGNISED = Pattern.compile("\"recognised_share\": ([0-9.]+)");
    private static final Pattern FID = Pattern.compile("\"fid\": ([0-9.]+)");

    @Test
    void readmesMainCommandReachesTheQualityTarget(@TempDir Path tmp) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme.replaceAll("\\\\\\n\\s*", " ")).as("README.md's main command")
                .contains("-jar gan/target/gan.jar " + TRAIN)
                .contains(String.join(" ", JVM));

        Path jar = Path.of("target", "gan.jar").toAbsolutePath();
        List<String> train = new ArrayList<>(List.of(TRAIN.split(" ")));
        train.set(train.indexOf("runs/"), tmp.resolve("runs").toString());
        String out = run(tmp, jar, train);
        Matcher dir = Pattern.compile("are in (.+)$", Pattern.MULTILINE).matcher(out);
        assertThat(dir.find()).as("train's last line names the run folder: %s", out).isTrue();
        Path runDir = Path.of(dir.group(1).strip());
        assertThat(runDir.resolve("epoch-0100.png")).isRegularFile();
        List<List<String>> recordings = new ArrayList<>();
        for (String folder : MainRunGoldenTest.RECORDING_FOLDERS) {
            String resource = "train/" + folder + "main-run-30-steps-2-threads.csv";
            if (folder.isEmpty() || MainCommandIT.class.getResource(resource) != null) {
                recordings.add(recordedRows(resource));
            }
        }
        assertThat(recordings)
                .as("the recordings of the first 30 steps (MainRunGoldenTest says why there are several)")
                .contains(firstRows(runDir.resolve("metrics.csv"), 30));

        String json = run(tmp, jar, List.of("evaluate", "--checkpoint", runDir.toString(), "--n", "64"));
        Matcher share = RECOGNISED.matcher(json);
        Matcher fid = FID.matcher(json);
        assertThat(share.find() && fid.find()).as("evaluate's JSON: %s", json).isTrue();
        assertThat(Double.parseDouble(share.group(1))).as("share of 64 samples recognised as 0: %s", json)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(Double.parseDouble(fid.group(1))).as("Fréchet distance to real zeros: %s", json)
                .isLessThan(60);
    }

    /** The first n rows of a metrics.csv as "step,loss_d,loss_g,d_x,d_g_z", numbers as written (%.6g). */
    static List<String> firstRows(Path csv, int n) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, n + 1)) {
            String[] f = line.split(",");
            out.add(String.join(",", f[1], f[2], f[3], f[4], f[5]));
        }
        return out;
    }

    /** A recorded resource's rows (raw bits in hex) in metrics.csv's format. */
    static List<String> recordedRows(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (var in = MainCommandIT.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("step") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(" ")[0].split(",");
                StringBuilder row = new StringBuilder(f[0]);
                for (int i = 1; i < f.length; i++) {
                    row.append(',').append(String.format(java.util.Locale.ROOT, "%.6g",
                            Double.longBitsToDouble(Long.parseUnsignedLong(f[i], 16))));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Runs {@code java [README flags] -jar gan.jar args} with two threads, returns stdout; fails on exit != 0. */
    private static String run(Path dir, Path jar, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectError(dir.resolve("stderr-" + args.get(0) + ".txt").toFile());
        // ND4J's default on this project's 2-core machine, as the README's command runs there; fixed so that the
        // recorded steps hold on a machine with more cores too (ND4J's results depend on its thread count)
        pb.environment().put("OMP_NUM_THREADS", "2");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).as("%s finished", args.get(0)).isTrue();
        assertThat(p.exitValue()).as("%s exit status; stderr: %s", args.get(0),
                Files.readString(dir.resolve("stderr-" + args.get(0) + ".txt"))).isZero();
        return out;
    }
}
