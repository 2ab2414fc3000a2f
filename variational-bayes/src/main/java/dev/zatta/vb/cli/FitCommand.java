package dev.zatta.vb.cli;

import dev.zatta.vb.DataSummary;
import dev.zatta.vb.FitReport;
import dev.zatta.vb.PredictionGrid;
import dev.zatta.vb.VbConfig;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fit --data FILE.csv ...}: one streaming pass over the data, then the variational fit. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit VB linear regression to x,t CSV data (header optional) in one streaming pass.",
            "Writes JSON (mean, covariance, alpha, beta, lowerBound, lowerBoundTrace, iterations,",
            "converged, restarts, start, starts, predictive) to --json or stdout."})
final class FitCommand implements Callable<Integer> {
    @Mixin
    CsvInput input;

    @Mixin
    BasisOptions basis;

    @Mixin
    ModelOptions model;

    @Mixin
    FitOutputOptions output;

    @Override
    public Integer call() throws IOException {
        VbConfig config = model.config(basis.basis());
        PredictionGrid grid = output.grid();
        int sample = output.plot().isPresent() ? DataSummary.DEFAULT_SAMPLE_ROWS : 0; // rows kept to draw
        DataSummary data = input.summarize(config.basis(), sample);
        output.write(FitReport.fit(config, data, grid));
        return 0;
    }
}
