package dev.zatta.vb;

import dev.zatta.plot.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A fit as the command lines report it: the posterior, a description of the data it was fitted to,
 * and the predictive distribution on a grid. The JSON that {@code fit} writes
 * ({@link dev.zatta.vb.json.FitReportJson}), its one-line summary and its plot are all made from this
 * value, so every command line that fits (this module's, a cluster's) reports the same way. Immutable.
 */
public final class FitReport {
    private final VbPosterior posterior;
    private final DataSummary data;
    private final double[] x;
    private final List<Prediction> predictions;

    private FitReport(VbPosterior posterior, DataSummary data, double[] x, List<Prediction> predictions) {
        this.posterior = posterior;
        this.data = data;
        this.x = x;
        this.predictions = predictions;
    }

    /**
     * The report of {@code posterior}, fitted to {@code data}, with predictions on {@code grid}.
     *
     * @throws IllegalArgumentException if the posterior was fitted to a different number of rows
     */
    public static FitReport of(VbPosterior posterior, DataSummary data, PredictionGrid grid) {
        Objects.requireNonNull(posterior, "posterior");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(grid, "grid");
        if (posterior.count() != data.count()) {
            throw new IllegalArgumentException("data: expected the N = " + posterior.count()
                    + " rows the posterior was fitted to, got N = " + data.count());
        }
        double[] x = grid.points(data.xMin(), data.xMax());
        return new FitReport(posterior, data, x, List.of(posterior.predict(x)));
    }

    /** Fits {@code config} to the summarised data ({@link VariationalLinearRegression#fit}) and reports it. */
    public static FitReport fit(VbConfig config, DataSummary data, PredictionGrid grid) {
        return of(VariationalLinearRegression.fit(config, data.statistics()), data, grid);
    }

    /** The fitted posterior. */
    public VbPosterior posterior() {
        return posterior;
    }

    /** The data it was fitted to. */
    public DataSummary data() {
        return data;
    }

    /** The grid of x the predictions are at (a copy). */
    public double[] x() {
        return x.clone();
    }

    /** The predictive distribution at each x of {@link #x()}. */
    public List<Prediction> predictions() {
        return predictions;
    }

    /**
     * One line: {@code fit: N=… M=… iterations=… converged=… L=… E[alpha]=… E[beta]=… (read … s)}.
     */
    public String summary() {
        VbPosterior p = posterior;
        return String.format(Locale.ROOT,
                "fit: N=%d M=%d iterations=%d converged=%s L=%.6f E[alpha]=%.4g E[beta]=%.4g (read %.1f s)",
                data.count(), p.mean().length, p.iterations(), p.converged(), p.lowerBound(), p.expectedAlpha(),
                p.expectedBeta(), data.seconds());
    }

    /**
     * The kept rows of the data with the predictive mean ± 1 sd over their x range (widened by 1 on
     * each side when all x are equal), titled with the blog's template for the last sweep.
     */
    public Figure figure() {
        double lo = data.xMin() == data.xMax() ? data.xMin() - 1 : data.xMin();
        double hi = data.xMin() == data.xMax() ? data.xMax() + 1 : data.xMax();
        String title = Figures.PANEL_TITLE.format(Map.of("i", posterior.iterations() - 1, "alpha",
                posterior.expectedAlpha(), "beta", posterior.expectedBeta()));
        return Figure.builder().add(Figures.predictivePanel(title, posterior, data.sampleX(), data.sampleT(), null,
                lo, hi)).build();
    }
}
