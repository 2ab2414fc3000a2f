package dev.zatta.report;

import dev.zatta.io.FileTrees;
import dev.zatta.packaging.Finding;
import dev.zatta.packaging.cases.CaseResult;
import dev.zatta.packaging.cases.Cases;
import dev.zatta.packaging.cases.Lab;
import dev.zatta.packaging.cases.Step;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The post on "import works here but not from the parent folder": every case of
 * {@code packaging-demo} is reproduced in-process ({@link Cases}) and the {@code Doctor}'s verdict on the
 * failing setup is shown beside what javac or the JVM said. Stateless.
 */
public final class PackagingPost {
    private PackagingPost() {
    }

    /**
     * Runs {@code names} (all cases when empty) in a temporary folder, deleted afterwards, and returns the
     * section. Progress goes to {@code progress}.
     */
    public static Section section(List<String> names, PrintStream progress) throws IOException {
        List<String> todo = names.isEmpty() ? Cases.names() : names;
        Path work = Files.createTempDirectory("zatta-report-cases");
        List<List<String>> rows = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        int reproduced = 0;
        try {
            Cases cases = Cases.withInstalledJdks(new Lab(work));
            for (int i = 0; i < todo.size(); i++) {
                progress.printf("report: packaging case %d/%d: %s%n", i + 1, todo.size(), todo.get(i));
                CaseResult r = cases.run(todo.get(i));
                reproduced += r.reproduced() ? 1 : 0;
                rows.add(List.of(r.name(), r.title(), local(firstFailure(r), work), local(verdict(r), work),
                        r.reproduced() ? "yes" : "NO"));
                details.append(local(r.render(), work)).append('\n');
            }
        } finally {
            FileTrees.deleteRecursively(work);
        }
        List<Item> items = List.of(
                Item.table("The cases and the doctor's verdicts",
                        reproduced + " of " + todo.size() + " cases reproduced as documented: for each, what javac or "
                                + "the JVM says in the failing setup, and what the doctor (packaging-demo's Doctor API, "
                                + "reading module descriptors, class files and source bytes) names as the cause.",
                        List.of("case", "what goes wrong", "what javac / java says", "the doctor's verdict", "reproduced"),
                        rows),
                Item.text("Every step of every case",
                        "The full run: each step's equivalent shell command, its outcome, and the doctor's report; "
                                + "the last step of each case is the fix, which works.",
                        details.toString().strip()));
        return Section.of(ReportConfig.Post.PACKAGING,
                "The blog's author fixed an ImportError by adding a coding line and concluded that the encoding was the "
                        + "cause; the real cause was Python 3's removal of implicit relative imports. Java has both "
                        + "families of trouble, module-path access and source encodings, with worse messages.",
                items);
    }

    /** Text with the temporary work folder's path taken out: the fixtures' paths relative to it. */
    static String local(String text, Path work) {
        return text.replace(work.toAbsolutePath() + "/", "").replace(work.toAbsolutePath().toString(), ".");
    }

    /** The rendered outcome of the first step that was expected to fail and did, or of the first step. */
    static String firstFailure(CaseResult r) {
        Step s = r.steps().stream().filter(x -> !x.expectSuccess() && !x.outcome().skipped() && !x.outcome().success())
                .findFirst().orElse(r.steps().get(0));
        List<String> lines = s.outcome().render().lines().toList();
        String shown = lines.stream().limit(3).collect(Collectors.joining("\n"));
        return s.title() + ":\n" + shown + (lines.size() > 3 ? "\n…" : "");
    }

    /** The doctor's findings: kind, subject and fix of each. */
    static String verdict(CaseResult r) {
        if (r.doctor().healthy()) {
            return "healthy (nothing found)";
        }
        return r.doctor().findings().stream().sorted(Comparator.comparing(Finding::kind))
                .map(f -> f.kind() + " " + f.subject() + "\nfix: " + f.fix()).distinct()
                .collect(Collectors.joining("\n"));
    }
}
