package dev.zatta.gan.train;

import dev.zatta.io.AtomicFile;
import dev.zatta.plot.Figure;
import dev.zatta.plot.Layer;
import dev.zatta.plot.Palette;
import dev.zatta.plot.Panel;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The per-step training record: {@code metrics.csv} and {@code curves.png}. Stateless. */
public final class Metrics {
    private Metrics() {}

    /** The CSV header. */
    public static final String HEADER = "epoch,step,loss_d,loss_g,d_x,d_g_z,images_per_s";

    /** The per-step values behind the per-epoch means: the line's colour at this opacity (of 255). */
    static final int STEP_ALPHA = 60;

    /**
     * One training step. {@code dX} is D's mean P(real) on the real batch, {@code dGz} that on the generated
     * batch as the generator's step saw it (after D's update of the same step).
     */
    public record Row(int epoch, long step, double lossD, double lossG, double dX, double dGz,
            double imagesPerSecond) {
        /** The CSV line: the four measurements to 6 significant digits, the speed to 0.1 image/s. */
        String csv() {
            return String.format(Locale.ROOT, "%d,%d,%.6g,%.6g,%.6g,%.6g,%.1f", epoch, step, lossD, lossG, dX, dGz,
                    imagesPerSecond);
        }

        static Row parse(String line) {
            String[] f = line.split(",");
            return new Row(Integer.parseInt(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]));
        }
    }

    /** Writes the rows as CSV, atomically. */
    static void write(Path file, List<Row> rows) throws IOException {
        AtomicFile.writeText(file, w -> {
            w.write(HEADER);
            w.write('\n');
            for (Row r : rows) {
                w.write(r.csv());
                w.write('\n');
            }
        });
    }

    /** Reads a CSV written by {@link #write}. */
    public static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ": expected the header \"" + HEADER + "\"");
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(Row.parse(line));
            }
        }
        return rows;
    }

    /**
     * Losses and D's outputs against epochs, two panels: each epoch's mean as a line (at the middle of the
     * epoch), every step's value faint behind it (at step / steps per epoch), the legend beside the axes. The
     * loss axis ends at 1.25 × the largest epoch mean, so that single steps' spikes do not flatten the means.
     * The values are drawn as metrics.csv holds them, so a resumed run, which reads the earlier epochs back
     * from it, draws the same picture as an uninterrupted one.
     */
    static void curves(Path file, List<Row> all, int stepsPerEpoch) throws IOException {
        List<Row> rows = all.stream().map(r -> Row.parse(r.csv())).toList();
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (double) rows.get(i).step() / stepsPerEpoch;
        }
        List<Integer> epochs = rows.stream().map(Row::epoch).distinct().toList();
        double[] ex = epochs.stream().mapToDouble(e -> e - 0.5).toArray();
        double[] meanD = epochMeans(rows, epochs, Row::lossD);
        double[] meanG = epochMeans(rows, epochs, Row::lossG);
        double top = 1.25 * Math.max(max(meanD), max(meanG));
        Panel.Builder losses = Panel.builder().title("losses (each step faint)").xLabel("epoch").yLabel("loss")
                .yRange(0, top > 0 ? top : 1).legend(Panel.Legend.OUTSIDE_RIGHT);
        series(losses, "loss_d", 0, x, column(rows, Row::lossD), ex, meanD);
        series(losses, "loss_g", 1, x, column(rows, Row::lossG), ex, meanG);
        Panel.Builder outputs = Panel.builder().title("discriminator's P(real) (each step faint)").xLabel("epoch")
                .yLabel("P(real)").yRange(0, 1).legend(Panel.Legend.OUTSIDE_RIGHT);
        series(outputs, "D(x)", 0, x, column(rows, Row::dX), ex, epochMeans(rows, epochs, Row::dX));
        series(outputs, "D(G(z))", 1, x, column(rows, Row::dGz), ex, epochMeans(rows, epochs, Row::dGz));
        Figure.builder().columns(2).panelSize(560, 360).add(losses.build()).add(outputs.build()).build().save(file);
    }

    /** A faint unnamed line of the steps, then the named line of the epoch means, in tab10 colour {@code c}. */
    private static void series(Panel.Builder panel, String name, int c, double[] x, double[] steps, double[] ex,
            double[] means) {
        Color color = Palette.tab10(c);
        panel.add(Layer.line("", x, steps).withColor(new Color(color.getRed(), color.getGreen(), color.getBlue(),
                STEP_ALPHA)));
        panel.add(Layer.line(name + " (epoch mean)", ex, means).withColor(color));
    }

    private static double[] column(List<Row> rows, ToDoubleFunction<Row> f) {
        return rows.stream().mapToDouble(f).toArray();
    }

    /** The mean of {@code f} over each epoch's rows. */
    static double[] epochMeans(List<Row> rows, List<Integer> epochs, ToDoubleFunction<Row> f) {
        double[] out = new double[epochs.size()];
        for (int i = 0; i < out.length; i++) {
            int e = epochs.get(i);
            out[i] = rows.stream().filter(r -> r.epoch() == e).mapToDouble(f).average().orElseThrow();
        }
        return out;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
