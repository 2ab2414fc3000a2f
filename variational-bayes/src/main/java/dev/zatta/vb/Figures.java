package dev.zatta.vb;

import dev.zatta.formatting.Template;
import dev.zatta.plot.Figure;
import dev.zatta.plot.Layer;
import dev.zatta.plot.Panel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The default seed of the blog's data set ({@code figures --seed}). */
    public static final long BLOG_SEED = 2017;
    /** Points in PRML Fig. 10.9's data set. */
    public static final int PRML_N = 10;
    /** Seed of PRML Fig. 10.9's data set ({@link #prmlData()}); it does not change with {@link #writeAll}'s seed. */
    public static final long PRML_SEED = 1;
    /** The largest polynomial order in PRML Fig. 10.9. */
    public static final int PRML_MAX_DEGREE = 9;
    /** Nats below the peak shown by the β-fixed panel of PRML Fig. 10.9. */
    static final double PRML_Y_SPAN = 40;
    private static final Template BOUND = Template.compile("{:.0f}");

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

    /** PRML Fig. 10.9's data: {@value #PRML_N} points of {@link SyntheticData#prmlCubic()}, seed {@value #PRML_SEED}. */
    public static double[][] prmlData() {
        return SyntheticData.prmlCubic().sample(PRML_N, PRML_SEED);
    }

    /**
     * PRML Fig. 10.9 with β fixed at the true noise precision 1/0.09 (PRML §10.3 treats β as known)
     * and α ~ Gam(10⁻³, 10⁻³), a broad prior; every start of {@link Restarts#GRID} is tried.
     */
    public static VbConfig prmlFixedBeta() {
        return VbConfig.builder(Basis.polynomial(0)).alphaPrior(1e-3, 1e-3).fixedBeta(1 / 0.09).tolerance(1e-12)
                .maxIterations(5000).restarts(Restarts.GRID).build();
    }

    /** PRML Fig. 10.9 with β learned too: α, β ~ Gam(10⁻³, 10⁻³), every start of {@link Restarts#GRID}. */
    public static VbConfig prmlLearnedBeta() {
        return VbConfig.builder(Basis.polynomial(0)).alphaPrior(1e-3, 1e-3).betaPrior(1e-3, 1e-3).tolerance(1e-12)
                .maxIterations(5000).restarts(Restarts.GRID).build();
    }

    /** The fits behind PRML Fig. 10.9 with {@code config}: degrees 0…{@value #PRML_MAX_DEGREE} of {@link #prmlData()}. */
    public static List<ModelSelection.Candidate> prmlByDegree(VbConfig config) {
        double[][] d = prmlData();
        return ModelSelection.polynomialDegrees(config, d[0], d[1], 0, PRML_MAX_DEGREE);
    }

    /**
     * PRML Fig. 10.9: the lower bound L against the polynomial degree M, as a line with markers, with
     * β fixed (left) and learned (right). With β fixed the degrees that cannot follow the cubic have
     * bounds hundreds of nats lower; the left panel's y axis shows the {@value #PRML_Y_SPAN} nats below
     * the peak, and the title names the points below it.
     */
    public static Figure prmlFigure() {
        double[] degrees = grid(0, PRML_MAX_DEGREE, PRML_MAX_DEGREE + 1);
        double[] fixed = bounds(prmlByDegree(prmlFixedBeta()));
        double[] learned = bounds(prmlByDegree(prmlLearnedBeta()));
        double peak = Arrays.stream(fixed).max().orElseThrow();
        StringBuilder below = new StringBuilder();
        for (int d = 0; d < fixed.length; d++) {
            if (fixed[d] < peak - PRML_Y_SPAN) {
                below.append(below.length() == 0 ? "" : ", ").append("M=").append(d).append(": ")
                        .append(BOUND.format(fixed[d]));
            }
        }
        String fixedTitle = "β fixed at 1/0.09, α ~ Gam(10⁻³, 10⁻³)"
                + (below.length() == 0 ? "" : " (below the axis: " + below + ")");
        return Figure.builder()
                .title("PRML Fig. 10.9: lower bound vs polynomial order M, 10 points of a cubic on (−5, 5) + N(0, 0.09)")
                .columns(2).panelSize(440, 340)
                .add(Panel.builder().title(fixedTitle).xLabel("order M").yLabel("lower bound L")
                        .yRange(peak - PRML_Y_SPAN, peak + 0.1 * PRML_Y_SPAN)
                        .add(Layer.lineWithMarkers("L", degrees, fixed)).build())
                .add(Panel.builder().title("β learned, α, β ~ Gam(10⁻³, 10⁻³)").xLabel("order M")
                        .yLabel("lower bound L").add(Layer.lineWithMarkers("L", degrees, learned)).build())
                .build();
    }

    private static double[] bounds(List<ModelSelection.Candidate> candidates) {
        return candidates.stream().mapToDouble(ModelSelection.Candidate::lowerBound).toArray();
    }

    /**
     * The blog's configuration with β fixed (default α prior Gam(1, 1)), run as the blog runs it: from
     * the prior means, one start ({@link Restarts#NONE}).
     */
    public static VbConfig blogFixedBeta() {
        return VbConfig.builder(blogBasis()).fixedBeta(10).restarts(Restarts.NONE).build();
    }

    /** The blog's configuration with β learned (α, β ~ Gam(1, 1)), one start as the blog runs it. */
    public static VbConfig blogLearnedBeta() {
        return VbConfig.builder(blogBasis()).restarts(Restarts.NONE).build();
    }

    /**
     * Writes every figure into {@code dir} and returns the files: the blog's two figures (data seeded
     * with {@code seed}), PRML Fig. 10.9 (its own fixed data set) and the lower bound against the sweep.
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

        Path p3 = dir.resolve("lower-bound-vs-degree.png");
        prmlFigure().save(p3);
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
