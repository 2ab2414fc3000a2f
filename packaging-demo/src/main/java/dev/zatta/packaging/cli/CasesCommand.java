package dev.zatta.packaging.cli;

import dev.zatta.io.FileTrees;
import dev.zatta.packaging.cases.CaseResult;
import dev.zatta.packaging.cases.Cases;
import dev.zatta.packaging.cases.Lab;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cases}: reproduces each case in-process and prints commands, outcomes and the doctor's report. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Reproduces each case in-process (javac, jar, module layers) and prints each step's command "
                + "and outcome, then what the doctor says.%nExit codes: 0 every case reproduced as documented, 1 not, "
                + "2 bad arguments.")
final class CasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE", arity = "0..*",
            description = "Cases to run (default: all): not-exported, requires-missing, module-absent, split-package, "
                    + "resource-not-opened, wrong-source-root, ascii-encoding, latin1-encoding, shift-jis-as-utf8, "
                    + "default-encoding, cycle.")
    List<String> names;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder to write the fixtures to, kept afterwards. Default: a temporary folder, deleted afterwards.")
    Path work;

    @Override
    public Integer call() throws IOException {
        List<String> todo = names == null || names.isEmpty() ? Cases.names() : names;
        for (String n : todo) {
            if (!Cases.names().contains(n)) {
                throw new ParameterException(spec.commandLine(), "CASE: unknown case '" + n + "'; expected one of "
                        + String.join(", ", Cases.names()));
            }
        }
        Path dir = work != null ? work : Files.createTempDirectory("packaging-demo-cases");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int reproduced = 0;
        try {
            Cases cases = Cases.withInstalledJdks(new Lab(dir));
            for (int i = 0; i < todo.size(); i++) {
                err.printf("case %d/%d: %s%n", i + 1, todo.size(), todo.get(i));
                err.flush();
                CaseResult r = cases.run(todo.get(i));
                out.println(r.render());
                out.flush();
                reproduced += r.reproduced() ? 1 : 0;
            }
        } finally {
            if (work == null) {
                FileTrees.deleteRecursively(dir);
            }
        }
        out.printf("%d of %d cases reproduced as documented%s%n", reproduced, todo.size(),
                work != null ? "; fixtures in " + work : "");
        out.flush();
        return reproduced == todo.size() ? 0 : 1;
    }
}
