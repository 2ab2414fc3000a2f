package dev.zatta.gan.train;

import dev.zatta.plot.Figure;
import dev.zatta.plot.Layer;
import dev.zatta.plot.Panel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The per-step training record: {@code metrics.csv} and {@code curves.png}. Stateless. */
public final class Metrics {
    private Metrics() {}

    /** The CSV header. */
    public static final String HEADER = "epoch,step,loss_d,loss_g,d_x,d_g_z,images_per_s";

    /**
     * One training step. {@code dX} is D's mean P(real) on the real batch, {@code dGz} that on the generated
     * batch as the generator's step saw it (after D's update of the same step).
     */
    public record Row(int epoch, long step, double lossD, double lossG, double dX, double dGz,
            double imagesPerSecond) {
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
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            sb.append(r.csv()).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
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

    /** Losses and D's outputs against epochs (fractional: step / steps per epoch), two panels. */
    static void curves(Path file, List<Row> rows, int stepsPerEpoch) throws IOException {
        int n = rows.size();
        double[] x = new double[n];
        double[] ld = new double[n];
        double[] lg = new double[n];
        double[] dx = new double[n];
        double[] dgz = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            x[i] = (double) r.step() / stepsPerEpoch;
            ld[i] = r.lossD();
            lg[i] = r.lossG();
            dx[i] = r.dX();
            dgz[i] = r.dGz();
        }
        Panel losses = Panel.builder().title("losses").xLabel("epoch").yLabel("loss")
                .add(Layer.line("loss_d", x, ld)).add(Layer.line("loss_g", x, lg)).build();
        Panel outputs = Panel.builder().title("discriminator's P(real)").xLabel("epoch").yLabel("P(real)")
                .yRange(0, 1)
                .add(Layer.line("D(x)", x, dx)).add(Layer.line("D(G(z))", x, dgz)).build();
        Figure.builder().columns(2).add(losses).add(outputs).build().save(file);
    }
}
