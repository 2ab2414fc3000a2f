package dev.zatta.vb.cli;

import dev.zatta.vb.Basis;
import dev.zatta.vb.DataSummary;
import dev.zatta.vb.ModelSelection;
import dev.zatta.vb.SelectionReport;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.json.SelectionJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code select --data FILE.csv --basis poly --degrees 0-9 ... --json OUT}: model selection by the lower
 * bound (PRML Fig. 10.9) from one pass over the data.
 */
@Command(name = "select", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare polynomial degrees by the lower bound L (PRML Fig. 10.9) on x,t CSV data.",
            "Reads the data once, prints a table and the best degree, and writes JSON (per degree: L,",
            "E[alpha], E[beta], sweeps, winning start; the best) to --json or stdout."})
final class SelectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CsvInput input;

    @Option(names = "--basis", defaultValue = "poly", paramLabel = "poly",
            description = "Candidate bases: polynomials (default ${DEFAULT-VALUE}).")
    String basis;

    @Option(names = "--degrees", defaultValue = "0-9", paramLabel = "LO-HI",
            description = "Polynomial degrees to compare (default ${DEFAULT-VALUE}).")
    String degrees;

    @Mixin
    ModelOptions model;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the JSON here (atomically) instead of stdout.")
    Path json;

    @Override
    public Integer call() throws IOException {
        if (!basis.equals("poly")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--basis: expected 'poly' (select compares polynomial degrees), got '" + basis + "'");
        }
        ModelSelection.Degrees range = OptionErrors.as(spec, "--degrees", () -> ModelSelection.Degrees.parse(degrees));
        VbConfig template = model.config(Basis.polynomial(range.to()));
        DataSummary data = input.summarize(template.basis(), 0);
        SelectionReport report = SelectionReport.polynomials(template, data, range);
        PrintWriter out = spec.commandLine().getOut();
        if (json != null) {
            SelectionJson.write(report, json);
            out.print(report.table());
            out.println("-> " + json);
        } else {
            SelectionJson.write(report, out);
            spec.commandLine().getErr().print(report.table());
            spec.commandLine().getErr().flush();
        }
        out.flush();
        return 0;
    }
}
