package dev.zatta.plot.examples;

import dev.zatta.plot.Figure;
import dev.zatta.plot.GrayImage;
import dev.zatta.plot.ImageGrid;
import dev.zatta.plot.Layer;
import dev.zatta.plot.Panel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Every figure kind of common-plot, built from synthetic data with fixed seeds. The bodies between the
 * {@code README:begin} and {@code README:end} markers are copied verbatim into common-plot/README.md
 * (a test checks that they still match).
 *
 * <pre>./mvnw -q -pl common-plot compile exec:java    (writes common-plot/docs/*.png)</pre>
 */
public final class Gallery {
    private Gallery() {}

    /** Writes every gallery figure as PNG into the folder given as the only argument (default {@code docs}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs");
        regression().save(dir.resolve("regression.png"));
        panels().save(dir.resolve("panels.png"));
        trainingCurves().save(dir.resolve("training-curves.png"));
        lowerBound().save(dir.resolve("lower-bound.png"));
        imageGrid().save(dir.resolve("image-grid.png"));
        System.out.println("wrote 5 figures to " + dir.toAbsolutePath().normalize());
    }

    /** One regression panel: data, the true function dashed, the predictive mean with its ±1σ band. */
    public static Panel regression() {
        Fit fit = Fit.of(10, 25.0, 42L);
        // README:begin regression
        Panel panel = Panel.builder()
                .title("N=10  α=2  β=25")
                .xLabel("x").yLabel("t")
                .xRange(0, 1).yRange(-1.6, 1.6)
                .add(Layer.scatter("data", fit.x, fit.t))
                .add(Layer.dashedLine("sin(2πx)", fit.grid, fit.truth))
                .add(Layer.band("predictive mean ± 1σ", fit.grid, fit.mean, fit.sd))
                .build();
        // README:end
        return panel;
    }

    /** Three regression panels side by side, one per data-set size, under a figure title. */
    public static Figure panels() {
        // README:begin panels
        Figure.Builder figure = Figure.builder()
                .title("Bayesian regression as the data grow")
                .panelSize(400, 320);
        for (int n : new int[] {2, 6, 25}) {
            Fit fit = Fit.of(n, 25.0, 7L);
            figure.add(Panel.builder()
                    .title(String.format(Locale.ROOT, "N=%d  α=%.3g  β=%.3g", n, fit.alpha, fit.beta))
                    .xLabel("x").yLabel("t")
                    .xRange(0, 1).yRange(-2, 2)
                    .add(Layer.scatter("data", fit.x, fit.t))
                    .add(Layer.dashedLine("truth", fit.grid, fit.truth))
                    .add(Layer.band("mean ± 1σ", fit.grid, fit.mean, fit.sd))
                    .build());
        }
        return figure.build();
        // README:end
    }

    /** Training curves: two losses and an accuracy-like series against the epoch, log-scale y. */
    public static Panel trainingCurves() {
        double[] epoch = new double[60];
        double[] lossD = new double[60];
        double[] lossG = new double[60];
        Random rng = new Random(3L);
        for (int e = 0; e < 60; e++) {
            epoch[e] = e + 1;
            lossD[e] = 0.45 + 0.9 * Math.exp(-e / 6.0) + 0.05 * rng.nextGaussian() * Math.exp(-e / 30.0);
            lossG[e] = 0.9 + 2.2 * Math.exp(-e / 12.0) + 0.15 * Math.abs(rng.nextGaussian());
        }
        // README:begin training
        Panel panel = Panel.builder()
                .title("DCGAN training")
                .xLabel("epoch").yLabel("loss")
                .logY(true)
                .add(Layer.line("loss_d", epoch, lossD))
                .add(Layer.line("loss_g", epoch, lossG))
                .build();
        // README:end
        return panel;
    }

    /** A score against the model size: bars (negative, as lower bounds are) plus the line with markers. */
    public static Figure lowerBound() {
        double[] degree = new double[10];
        double[] bound = new double[10];
        for (int m = 0; m < 10; m++) {
            degree[m] = m;
            // shaped like a variational lower bound against the polynomial degree: best near M = 3
            bound[m] = -28 + 14 * Math.exp(-Math.pow(m - 3.2, 2) / 2.5) - 0.6 * m - (m < 3 ? 6 * (3 - m) : 0);
        }
        // README:begin lowerbound
        Figure figure = Figure.builder()
                .panelSize(420, 320)
                .add(Panel.builder()
                        .title("lower bound vs degree")
                        .xLabel("polynomial degree M").yLabel("L(q)")
                        .legend(Panel.Legend.NONE)
                        .add(Layer.bars("lower bound", degree, bound))
                        .build())
                .add(Panel.builder()
                        .title("the same as a line")
                        .xLabel("polynomial degree M").yLabel("L(q)")
                        .legend(Panel.Legend.NONE)
                        .add(Layer.lineWithMarkers("lower bound", degree, bound))
                        .build())
                .build();
        // README:end
        return figure;
    }

    /** A 4x8 grid of 28x28 synthetic "digits" with a score above each. */
    public static ImageGrid imageGrid() {
        Random rng = new Random(12L);
        // README:begin grid
        ImageGrid.Builder grid = ImageGrid.builder(4, 8).title("epoch 0012").scale(2);
        for (int i = 0; i < 32; i++) {
            double[] pixels = ring(28, 28, 6 + 4 * rng.nextDouble(), 1.2 + 1.5 * rng.nextDouble(), rng);
            double pReal = rng.nextDouble();
            grid.add(GrayImage.of(28, 28, pixels), String.format(Locale.ROOT, "%.2f", pReal));
        }
        return grid.build();
        // README:end
    }

    /** A bright, slightly noisy ring on black, row-major in [0, 1]: a stand-in for a generated digit. */
    static double[] ring(int w, int h, double radius, double thickness, Random rng) {
        double cx = w / 2.0 + rng.nextGaussian();
        double cy = h / 2.0 + rng.nextGaussian();
        double squash = 0.6 + 0.5 * rng.nextDouble();
        double[] p = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x + 0.5 - cx) / squash;
                double dy = y + 0.5 - cy;
                double d = Math.abs(Math.hypot(dx, dy) - radius) / thickness;
                double v = Math.exp(-d * d) + 0.04 * rng.nextGaussian();
                p[y * w + x] = Math.min(1, Math.max(0, v));
            }
        }
        return p;
    }

    /**
     * Bayesian linear regression on 9 Gaussian basis functions with fixed precisions (PRML eqs. 3.53,
     * 3.54 for the posterior, 3.58, 3.59 for the predictive distribution): data, truth, and the predictive
     * mean and standard deviation on a grid of 101 points in [0, 1].
     */
    static final class Fit {
        final double[] x;
        final double[] t;
        final double[] grid = new double[101];
        final double[] truth = new double[101];
        final double[] mean = new double[101];
        final double[] sd = new double[101];
        final double alpha = 2.0;
        final double beta;

        private Fit(int n, double beta, long seed) {
            this.beta = beta;
            Random rng = new Random(seed);
            x = new double[n];
            t = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextDouble();
                t[i] = Math.sin(2 * Math.PI * x[i]) + rng.nextGaussian() / Math.sqrt(beta);
            }
            int m = 9;
            double[][] a = new double[m][m];
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                a[i][i] = alpha;
            }
            for (int k = 0; k < n; k++) {
                double[] phi = phi(x[k], m);
                for (int i = 0; i < m; i++) {
                    b[i] += beta * phi[i] * t[k];
                    for (int j = 0; j < m; j++) {
                        a[i][j] += beta * phi[i] * phi[j];
                    }
                }
            }
            double[][] s = invert(a);
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    w[i] += s[i][j] * b[j];
                }
            }
            for (int g = 0; g < grid.length; g++) {
                grid[g] = g / 100.0;
                truth[g] = Math.sin(2 * Math.PI * grid[g]);
                double[] phi = phi(grid[g], m);
                double var = 1 / beta;
                for (int i = 0; i < m; i++) {
                    mean[g] += w[i] * phi[i];
                    for (int j = 0; j < m; j++) {
                        var += phi[i] * s[i][j] * phi[j];
                    }
                }
                sd[g] = Math.sqrt(var);
            }
        }

        static Fit of(int n, double beta, long seed) {
            return new Fit(n, beta, seed);
        }

        private static double[] phi(double x, int m) {
            double[] phi = new double[m];
            for (int i = 0; i < m; i++) {
                double mu = i / (m - 1.0);
                phi[i] = Math.exp(-Math.pow(x - mu, 2) / (2 * 0.1 * 0.1));
            }
            return phi;
        }

        /** Gauss–Jordan inverse of a small symmetric positive-definite matrix. */
        private static double[][] invert(double[][] a) {
            int m = a.length;
            double[][] aug = new double[m][2 * m];
            for (int i = 0; i < m; i++) {
                System.arraycopy(a[i], 0, aug[i], 0, m);
                aug[i][m + i] = 1;
            }
            for (int c = 0; c < m; c++) {
                int p = c;
                for (int r = c + 1; r < m; r++) {
                    if (Math.abs(aug[r][c]) > Math.abs(aug[p][c])) {
                        p = r;
                    }
                }
                double[] tmp = aug[c];
                aug[c] = aug[p];
                aug[p] = tmp;
                double d = aug[c][c];
                for (int j = 0; j < 2 * m; j++) {
                    aug[c][j] /= d;
                }
                for (int r = 0; r < m; r++) {
                    if (r != c) {
                        double f = aug[r][c];
                        for (int j = 0; j < 2 * m; j++) {
                            aug[r][j] -= f * aug[c][j];
                        }
                    }
                }
            }
            double[][] inv = new double[m][m];
            for (int i = 0; i < m; i++) {
                System.arraycopy(aug[i], m, inv[i], 0, m);
            }
            return inv;
        }
    }
}
