package dev.zatta.vb.cli;

import dev.zatta.vb.DataSummary;
import dev.zatta.vb.FitReport;
import dev.zatta.vb.PredictionGrid;
import dev.zatta.vb.json.FitReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code fit} writes and where: the predictive grid ({@code --predict}), the JSON
 * ({@code --json}, default stdout) and the plot ({@code --plot}). A picocli mixin for any command line
 * that fits: check {@link #grid()} and {@link #plot()} before reading the data, then
 * {@link #write(FitReport)}.
 */
public final class FitOutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--predict", paramLabel = "LO:HI:COUNT",
            description = "Predictive grid (default: 101 points over the data's x range).")
    String predict;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the JSON here (atomically) instead of stdout.")
    Path json;

    @Option(names = "--plot", paramLabel = "OUT.png",
            description = "Also draw data, predictive mean and ±1 sd band (.png or .svg).")
    Path plot;

    /**
     * The predictive grid.
     *
     * @throws CommandLine.ParameterException for a bad {@code --predict}
     */
    public PredictionGrid grid() {
        return predict == null ? PredictionGrid.dataRange() : OptionErrors.as(spec, "--predict",
                () -> PredictionGrid.parse(predict));
    }

    /**
     * The plot file, if one was asked for.
     *
     * @throws CommandLine.ParameterException unless it ends in .png or .svg
     */
    public Optional<Path> plot() {
        if (plot != null && !plot.toString().endsWith(".png") && !plot.toString().endsWith(".svg")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--plot: expected a file name ending in .png or .svg, got '" + plot + "'");
        }
        return Optional.ofNullable(plot);
    }

    /**
     * Writes the JSON to {@code --json} (whole or not at all) with the summary line on stdout, or the
     * JSON to stdout and the summary to stderr; then the plot, if asked for.
     */
    public void write(FitReport report) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json != null) {
            FitReportJson.write(report, json);
            out.println(report.summary() + " -> " + json);
        } else {
            FitReportJson.write(report, out);
            spec.commandLine().getErr().println(report.summary());
            spec.commandLine().getErr().flush();
        }
        Optional<Path> file = plot();
        if (file.isPresent()) {
            report.figure().save(file.get());
            DataSummary data = report.data();
            int drawn = data.sampleX().length;
            out.println("plot -> " + file.get() + (data.count() > drawn ? " (first " + drawn + " rows drawn)" : ""));
        }
        out.flush();
    }
}
