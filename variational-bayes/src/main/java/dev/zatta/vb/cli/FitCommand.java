package dev.zatta.vb.cli;

import dev.zatta.plot.Figure;
import dev.zatta.vb.Basis;
import dev.zatta.vb.CsvData;
import dev.zatta.vb.Figures;
import dev.zatta.vb.GammaDensity;
import dev.zatta.vb.GaussianBasis;
import dev.zatta.vb.Precision;
import dev.zatta.vb.Prediction;
import dev.zatta.vb.SufficientStatistics;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fit --data FILE.csv ...}: one streaming pass over the data, then the variational fit. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit VB linear regression to x,t CSV data (header optional) in one streaming pass.",
            "Writes JSON (mean, covariance, alpha, beta, lowerBound, lowerBoundTrace, iterations, converged,",
            "predictive) to --json or stdout."})
final class FitCommand implements Callable<Integer> {
    /** Rows kept in memory for --plot (the fit itself uses every row). */
    static final int PLOT_ROWS = 5000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "CSV with columns x,t (header optional); '-' reads stdin.")
    String data;

    @Option(names = "--basis", defaultValue = "gauss", paramLabel = "gauss|poly",
            description = "Basis functions (default ${DEFAULT-VALUE}).")
    String basis;

    @Option(names = "--centers", split = ",", defaultValue = "-1,-0.5,0,0.5,1", paramLabel = "C1,C2,...",
            description = "Gaussian centres (default ${DEFAULT-VALUE}).")
    double[] centers;

    @Option(names = "--scale", defaultValue = "10", description = "Gaussian scale s in exp(-s(x-c)^2) (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--degree", defaultValue = "3", description = "Polynomial degree D, basis x^0..x^D (default ${DEFAULT-VALUE}).")
    int degree;

    @Option(names = "--alpha-prior", defaultValue = "1,1", paramLabel = "a0,b0",
            description = "Gamma(shape, rate) prior on the weight precision alpha (default ${DEFAULT-VALUE}).")
    String alphaPrior;

    @Option(names = "--beta-prior", defaultValue = "1,1", paramLabel = "c0,d0",
            description = "Gamma(shape, rate) prior on the noise precision beta (default ${DEFAULT-VALUE}).")
    String betaPrior;

    @Option(names = "--fixed-beta", paramLabel = "B", description = "Hold beta fixed at B (PRML 10.3's alpha-only variant).")
    Double fixedBeta;

    @Option(names = "--fixed-alpha", paramLabel = "A", description = "Hold alpha fixed at A (with --fixed-beta: exact Bayesian regression).")
    Double fixedAlpha;

    @Option(names = "--init-alpha", paramLabel = "A", description = "E[alpha] for the first q(w) (default: prior mean a0/b0).")
    Double initAlpha;

    @Option(names = "--init-beta", paramLabel = "B", description = "E[beta] for the first q(w) (default: prior mean c0/d0).")
    Double initBeta;

    @Option(names = "--tol", defaultValue = "1e-10",
            description = "Stop when |dL| < tol*max(1,|L|) (default ${DEFAULT-VALUE}).")
    double tol;

    @Option(names = "--max-iter", defaultValue = "1000", description = "Most sweeps (default ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--predict", paramLabel = "LO:HI:COUNT",
            description = "Predictive grid (default: 101 points over the data's x range).")
    String predict;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the JSON here (atomically) instead of stdout.")
    Path json;

    @Option(names = "--plot", paramLabel = "OUT.png", description = "Also draw data, predictive mean and ±1 sd band (.png or .svg).")
    Path plot;

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    GammaDensity prior(String option, String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                double a = Double.parseDouble(parts[0].strip());
                double b = Double.parseDouble(parts[1].strip());
                if (a > 0 && b > 0 && Double.isFinite(a) && Double.isFinite(b)) {
                    return GammaDensity.of(a, b);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(option + ": expected two finite numbers > 0 'shape,rate', got '" + text + "'");
    }

    private double positive(String option, Double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw bad(option + ": expected a finite number > 0, got " + v);
        }
        return v;
    }

    Basis basis() {
        switch (basis) {
            case "gauss":
                if (centers.length == 0) {
                    throw bad("--centers: expected at least one centre, got none");
                }
                if (!(scale > 0) || !Double.isFinite(scale)) {
                    throw bad("--scale: expected a finite number > 0, got " + scale);
                }
                for (double c : centers) {
                    if (!Double.isFinite(c)) {
                        throw bad("--centers: expected finite numbers, got " + c);
                    }
                }
                return GaussianBasis.of(centers, scale);
            case "poly":
                if (degree < 0) {
                    throw bad("--degree: expected an integer >= 0, got " + degree);
                }
                return Basis.polynomial(degree);
            default:
                throw bad("--basis: expected 'gauss' or 'poly', got '" + basis + "'");
        }
    }

    VbConfig config() {
        VbConfig.Builder b = VbConfig.builder(basis());
        GammaDensity pa = prior("--alpha-prior", alphaPrior);
        GammaDensity pb = prior("--beta-prior", betaPrior);
        b.alpha(fixedAlpha != null ? Precision.fixed(positive("--fixed-alpha", fixedAlpha))
                : new Precision.Learned(pa, initAlpha == null ? Double.NaN : positive("--init-alpha", initAlpha)));
        b.beta(fixedBeta != null ? Precision.fixed(positive("--fixed-beta", fixedBeta))
                : new Precision.Learned(pb, initBeta == null ? Double.NaN : positive("--init-beta", initBeta)));
        if (!(tol >= 0) || !Double.isFinite(tol)) {
            throw bad("--tol: expected a finite number >= 0, got " + tol);
        }
        if (maxIter < 1) {
            throw bad("--max-iter: expected an integer >= 1, got " + maxIter);
        }
        return b.tolerance(tol).maxIterations(maxIter).build();
    }

    double[] predictGrid(double lo, double hi) {
        if (predict == null) {
            return Figures.grid(lo, hi, lo == hi ? 1 : 101);
        }
        String[] p = predict.split(":", -1);
        try {
            if (p.length == 3) {
                double a = Double.parseDouble(p[0]);
                double b = Double.parseDouble(p[1]);
                int n = Integer.parseInt(p[2]);
                if (Double.isFinite(a) && Double.isFinite(b) && a <= b && n >= 1) {
                    return Figures.grid(a, b, n);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("--predict: expected LO:HI:COUNT with finite LO <= HI and COUNT >= 1, got '" + predict + "'");
    }

    @Override
    public Integer call() throws IOException {
        VbConfig config = config();
        predictGrid(0, 0); // validate --predict before reading the data
        if (plot != null && !plot.toString().endsWith(".png") && !plot.toString().endsWith(".svg")) {
            throw bad("--plot: expected a file name ending in .png or .svg, got '" + plot + "'");
        }
        SufficientStatistics.Accumulator acc = SufficientStatistics.accumulator(config.basis());
        double[][] keep = {new double[PLOT_ROWS], new double[PLOT_ROWS]};
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        long start = System.nanoTime();
        String source = data.equals("-") ? "stdin" : data;
        try (Reader r = data.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8)) {
            CsvData.forEachRow(r, source, (x, t) -> {
                long n = acc.count();
                if (n < PLOT_ROWS) {
                    keep[0][(int) n] = x;
                    keep[1][(int) n] = t;
                }
                range[0] = Math.min(range[0], x);
                range[1] = Math.max(range[1], x);
                acc.add(x, t);
            });
        }
        SufficientStatistics stats = acc.snapshot();
        double readSeconds = (System.nanoTime() - start) / 1e9;
        VbPosterior post = VariationalLinearRegression.fit(config, stats);
        double[] grid = predictGrid(range[0], range[1]);
        String text = Json.write(toJson(post, grid));
        String summary = String.format(Locale.ROOT,
                "fit: N=%d M=%d iterations=%d converged=%s L=%.6f E[alpha]=%.4g E[beta]=%.4g (read %.1f s)",
                stats.count(), stats.size(), post.iterations(), post.converged(), post.lowerBound(), post.expectedAlpha(),
                post.expectedBeta(), readSeconds);
        if (json != null) {
            AtomicFiles.writeString(json, text);
            spec.commandLine().getOut().println(summary + " -> " + json);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getErr().println(summary);
        }
        if (plot != null) {
            int n = (int) Math.min(stats.count(), PLOT_ROWS);
            double lo = range[0] == range[1] ? range[0] - 1 : range[0];
            double hi = range[0] == range[1] ? range[1] + 1 : range[1];
            String title = Figures.PANEL_TITLE.format(Map.of("i", post.iterations() - 1, "alpha", post.expectedAlpha(),
                    "beta", post.expectedBeta()));
            Figure.builder().add(Figures.predictivePanel(title, post, Arrays.copyOf(keep[0], n),
                    Arrays.copyOf(keep[1], n), null, lo, hi)).build().save(plot);
            spec.commandLine().getOut().println("plot -> " + plot
                    + (stats.count() > PLOT_ROWS ? " (first " + PLOT_ROWS + " rows drawn)" : ""));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    static Map<String, Object> toJson(VbPosterior p, double[] grid) {
        Map<String, Object> out = new LinkedHashMap<>();
        int m = p.mean().length;
        out.put("basis", p.basis().describe());
        out.put("n", p.count());
        out.put("mean", p.mean());
        double[][] cov = new double[m][];
        for (int i = 0; i < m; i++) {
            cov[i] = Arrays.copyOfRange(p.covariance(), i * m, (i + 1) * m);
        }
        out.put("covariance", cov);
        out.put("alpha", precision(p.alphaPosterior().orElse(null), p.expectedAlpha()));
        out.put("beta", precision(p.betaPosterior().orElse(null), p.expectedBeta()));
        out.put("lowerBound", p.lowerBound());
        out.put("lowerBoundTrace", p.lowerBoundTrace());
        out.put("iterations", p.iterations());
        out.put("converged", p.converged());
        Prediction[] pr = p.predict(grid);
        Map<String, Object> pred = new LinkedHashMap<>();
        pred.put("x", grid);
        pred.put("mean", Arrays.stream(pr).mapToDouble(Prediction::mean).toArray());
        pred.put("sd", Arrays.stream(pr).mapToDouble(Prediction::sd).toArray());
        pred.put("sdPlugin", Arrays.stream(pr).mapToDouble(Prediction::sdPlugin).toArray());
        out.put("predictive", pred);
        return out;
    }

    private static Map<String, Object> precision(GammaDensity q, double value) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (q == null) {
            m.put("fixed", value);
        } else {
            m.put("shape", q.shape());
            m.put("rate", q.rate());
            m.put("mean", q.mean());
        }
        return m;
    }
}
