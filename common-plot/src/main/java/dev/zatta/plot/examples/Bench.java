package dev.zatta.plot.examples;

import dev.zatta.plot.Figure;
import dev.zatta.plot.Layer;
import dev.zatta.plot.Panel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A rough timing of {@code save(Path)} for the gallery figures and for long training curves: each case
 * is written {@code reps} times after one warm-up round; prints milliseconds per call. Not a JMH
 * benchmark: it only shows the order of magnitude (drawing is not a bottleneck anywhere in zatta).
 *
 * <pre>./mvnw -q -pl common-plot compile exec:java -Dexec.mainClass=dev.zatta.plot.examples.Bench -Dexec.args=10</pre>
 */
public final class Bench {
    private Bench() {}

    /** Times each case; the optional argument is the number of repetitions (default 10). */
    public static void main(String[] args) throws IOException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("zatta-plot-bench");
        Figure panels = Gallery.panels();
        Panel curve20k = curve(20_000);
        Panel curve200k = curve(200_000);
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            time(report, "three regression panels, PNG", reps, () -> panels.save(dir.resolve("p.png")));
            time(report, "three regression panels, SVG", reps, () -> panels.save(dir.resolve("p.svg")));
            time(report, "4x8 image grid, PNG", reps, () -> Gallery.imageGrid().save(dir.resolve("g.png")));
            time(report, "20 000-point curve, log y, PNG", reps, () -> curve20k.save(dir.resolve("c.png")));
            time(report, "200 000-point curve, log y, PNG", Math.max(1, reps / 5),
                    () -> curve200k.save(dir.resolve("c.png")));
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private interface Case {
        void run() throws IOException;
    }

    private static void time(boolean report, String name, int reps, Case c) throws IOException {
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            c.run();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / reps;
        if (report) {
            System.out.println(String.format(Locale.ROOT, "%-34s %8.1f ms", name, ms));
        }
    }

    /** A decaying, wiggling loss curve of {@code n} points with a ±σ band. */
    private static Panel curve(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 1 + Math.exp(-i / (n / 10.0)) + 0.1 * Math.sin(i * 0.01);
            s[i] = 0.05;
        }
        return Panel.builder().title(n + " points").xLabel("iteration").yLabel("loss").logY(true)
                .add(Layer.line("loss", x, y)).add(Layer.band("smoothed ± σ", x, y, s)).build();
    }
}
