package dev.zatta.vb;

import dev.zatta.formatting.Template;
import dev.zatta.plot.Figure;
import dev.zatta.plot.Layer;
import dev.zatta.plot.Panel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The blog's figures and PRML's, drawn through {@code dev.zatta.plot} with panel titles from
 * {@code dev.zatta.formatting}. Every figure is a pure function of its seed. Stateless.
 */
public final class Figures {
    /** The blog's panel title. */
    public static final Template PANEL_TITLE = Template.compile("n_iter:{i} alpha:{alpha:.3g} beta:{beta:.3g}");
    /** Sweeps (zero-based, the blog's loop index) shown in the blog's figures. */
    public static final int[] BLOG_ITERATIONS = {0, 2, 4};
    /** Points in the blog's data set. */
    public static final int BLOG_N = 20;

    private Figures() {
    }

    /** The blog's basis: 5 Gaussians on [−1, 1], s = 10, no bias. */
    public static Basis blogBasis() {
        return GaussianBasis.evenlySpaced(5, -1, 1, 10);
    }

    /** x grid of {@code count} points on [lo, hi]. */
    public static double[] grid(double lo, double hi, int count) {
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            g[i] = count == 1 ? lo : lo + (hi - lo) * i / (count - 1);
        }
        return g;
    }

    /**
     * One panel: data, the true function (dashed, if given) and the predictive mean ± 1 sd band
     * (the sd under q: Student-t variance when β is learned, 1/β + φᵀSφ when fixed).
     */
    public static Panel predictivePanel(String title, VbPosterior p, double[] x, double[] t, DoubleUnaryOperator truth,
            double lo, double hi) {
        double[] gx = grid(lo, hi, 201);
        double[] mean = new double[gx.length];
        double[] sd = new double[gx.length];
        double[] truthY = new double[gx.length];
        for (int i = 0; i < gx.length; i++) {
            Prediction pr = p.predict(gx[i]);
            mean[i] = pr.mean();
            sd[i] = Double.isFinite(pr.sd()) ? pr.sd() : pr.sdPlugin();
            truthY[i] = truth == null ? 0 : truth.applyAsDouble(gx[i]);
        }
        Panel.Builder b = Panel.builder().title(title).xLabel("x").yLabel("t").xRange(lo, hi)
                .add(Layer.band("predictive mean ± 1σ", gx, mean, sd));
        if (truth != null) {
            b.add(Layer.dashedLine("true function", gx, truthY));
        }
        return b.add(Layer.scatter("data", x, t)).build();
    }

    /** The states after the sweeps with zero-based indices {@code which} (ascending). */
    public static List<VbPosterior> statesAt(VbConfig config, double[] x, double[] t, int... which) {
        VbConfig c = config.toBuilder().tolerance(0).maxIterations(which[which.length - 1] + 1).build();
        Iterator<VbPosterior> it = VariationalLinearRegression.sweeps(c, SufficientStatistics.of(c.basis(), x, t));
        List<VbPosterior> out = new ArrayList<>();
        int k = 0;
        int w = 0;
        while (it.hasNext() && w < which.length) {
            VbPosterior p = it.next();
            if (k++ == which[w]) {
                out.add(p);
                w++;
            }
        }
        return out;
    }

    /**
     * The blog's figure: panels after sweeps 0, 2, 4 (zero-based) titled
     * {@code n_iter:i alpha:E[α] beta:E[β]}, on t = sin(πx) + N(0, 0.5²).
     */
    public static Figure blogFigure(String title, VbConfig config, double[] x, double[] t) {
        Figure.Builder f = Figure.builder().title(title).columns(BLOG_ITERATIONS.length).panelSize(400, 320);
        List<VbPosterior> states = statesAt(config, x, t, BLOG_ITERATIONS);
        for (int i = 0; i < states.size(); i++) {
            VbPosterior p = states.get(i);
            String panelTitle = PANEL_TITLE.format(Map.of("i", BLOG_ITERATIONS[i], "alpha", p.expectedAlpha(),
                    "beta", p.expectedBeta()));
            f.add(predictivePanel(panelTitle, p, x, t, v -> Math.sin(Math.PI * v), -1, 1));
        }
        return f.build();
    }

    /** Lower bounds of polynomial degrees 0…{@code maxDegree} (PRML Fig. 10.9). */
    public static double[] lowerBoundByDegree(VbConfig template, int maxDegree, double[] x, double[] t) {
        List<Basis> bases = new ArrayList<>();
        for (int d = 0; d <= maxDegree; d++) {
            bases.add(Basis.polynomial(d));
        }
        return ModelSelection.compare(template, bases, x, t).stream().mapToDouble(ModelSelection.Candidate::lowerBound)
                .toArray();
    }

    /**
     * PRML Fig. 10.9 with β fixed at the true noise precision 1/0.3² (PRML §10.3 treats β as
     * known) and α ~ Gam(1e-3, 1e-3), started from E[α] = 1e-3: from the prior mean E[α] = 1 the
     * higher degrees fall into the local optimum that shrinks every weight to 0.
     */
    public static VbConfig prmlFixedBeta() {
        return VbConfig.builder(Basis.polynomial(0)).alpha(new Precision.Learned(GammaDensity.of(1e-3, 1e-3), 1e-3))
                .fixedBeta(1 / 0.09).tolerance(1e-12).maxIterations(5000).build();
    }

    /** PRML Fig. 10.9 with β learned too: α, β ~ Gam(1e-3, 1e-3), started from E[α] = 1e-3, E[β] = 10. */
    public static VbConfig prmlLearnedBeta() {
        return VbConfig.builder(Basis.polynomial(0)).alpha(new Precision.Learned(GammaDensity.of(1e-3, 1e-3), 1e-3))
                .beta(new Precision.Learned(GammaDensity.of(1e-3, 1e-3), 10)).tolerance(1e-12).maxIterations(5000)
                .build();
    }

    /** The blog's configuration with β fixed (default α prior Gam(1, 1)). */
    public static VbConfig blogFixedBeta() {
        return VbConfig.builder(blogBasis()).fixedBeta(10).build();
    }

    /** The blog's configuration with β learned (α, β ~ Gam(1, 1)). */
    public static VbConfig blogLearnedBeta() {
        return VbConfig.builder(blogBasis()).build();
    }

    /**
     * Writes every figure into {@code dir} and returns the files: the blog's two figures, PRML Fig.
     * 10.9 and the lower bound against the sweep.
     */
    public static List<Path> writeAll(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        double[][] blog = SyntheticData.blog().sample(BLOG_N, seed);
        Path p1 = dir.resolve("blog-beta-fixed.png");
        blogFigure("β fixed at 10", blogFixedBeta(), blog[0], blog[1]).save(p1);
        out.add(p1);
        Path p2 = dir.resolve("blog-beta-learned.png");
        blogFigure("β learned, Gam(1, 1) priors on α and β", blogLearnedBeta(), blog[0], blog[1]).save(p2);
        out.add(p2);

        double[][] prml = SyntheticData.prml().onGrid(10, seed);
        double[] degrees = grid(0, 9, 10);
        double[] fixed = lowerBoundByDegree(prmlFixedBeta(), 9, prml[0], prml[1]);
        double[] learned = lowerBoundByDegree(prmlLearnedBeta(), 9, prml[0], prml[1]);
        Path p3 = dir.resolve("lower-bound-vs-degree.png");
        Figure.builder().title("PRML Fig. 10.9: lower bound vs polynomial degree, t = sin(2πx) + N(0, 0.3²), 10 x evenly spaced on [0, 1]")
                .columns(2).panelSize(440, 340)
                .add(Panel.builder().title("β fixed at 1/0.3², α ~ Gam(1e-3, 1e-3)").xLabel("degree D")
                        .yLabel("lower bound L").add(Layer.bars("L", degrees, fixed)).build())
                .add(Panel.builder().title("β learned, α, β ~ Gam(1e-3, 1e-3)").xLabel("degree D")
                        .yLabel("lower bound L").add(Layer.bars("L", degrees, learned)).build())
                .build().save(p3);
        out.add(p3);

        Path p4 = dir.resolve("lower-bound-vs-iteration.png");
        Figure.builder().title("blog data (N = 20): lower bound after each sweep (never decreasing)").columns(2)
                .panelSize(440, 340)
                .add(Panel.builder().title("β fixed at 10").xLabel("sweep").yLabel("lower bound L")
                        .add(traceLayer("L", blogFixedBeta(), blog)).build())
                .add(Panel.builder().title("β learned").xLabel("sweep").yLabel("lower bound L")
                        .add(traceLayer("L", blogLearnedBeta(), blog)).build())
                .build().save(p4);
        out.add(p4);
        return out;
    }

    private static Layer traceLayer(String name, VbConfig config, double[][] data) {
        double[] tr = VariationalLinearRegression.fit(config, data[0], data[1]).lowerBoundTrace();
        double[] k = grid(1, tr.length, tr.length);
        return Layer.lineWithMarkers(name, k, tr);
    }
}
