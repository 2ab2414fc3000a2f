package dev.zatta.packaging.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one step of a case did: a compilation (with its diagnostics), a run (with what the code
 * returned, or the error it threw), or a step skipped for want of a tool. Immutable.
 *
 * @param stage what kind of step
 * @param success compiled without errors, or ran without throwing
 * @param diagnostics javac's diagnostics (compilations only)
 * @param output what the run returned or the tool printed
 * @param errorType the simple name of what was thrown, {@code ""} when nothing was
 * @param error the message of what was thrown, or why the step was skipped
 */
public record Outcome(Stage stage, boolean success, List<Diag> diagnostics, String output, String errorType, String error) {
    /** The kinds of step. */
    public enum Stage { COMPILE, RUN, TOOL, SKIPPED }

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    static Outcome compiled(List<Diag> diagnostics, String output) {
        return new Outcome(Stage.COMPILE, diagnostics.stream().noneMatch(Diag::isError), diagnostics, output, "", "");
    }

    static Outcome ran(String output) {
        return new Outcome(Stage.RUN, true, List.of(), output, "", "");
    }

    static Outcome threw(Throwable t) {
        return new Outcome(Stage.RUN, false, List.of(), "", t.getClass().getSimpleName(), String.valueOf(t.getMessage()));
    }

    static Outcome tool(boolean success, String output) {
        return new Outcome(Stage.TOOL, success, List.of(), output, "", "");
    }

    static Outcome skipped(String why) {
        return new Outcome(Stage.SKIPPED, false, List.of(), "", "", why);
    }

    /** The diagnostics of kind ERROR. */
    public List<Diag> errors() {
        return diagnostics.stream().filter(Diag::isError).toList();
    }

    /** The distinct diagnostic codes of the errors. */
    public List<String> errorCodes() {
        return errors().stream().map(Diag::code).distinct().toList();
    }

    /** True when the step was skipped. */
    public boolean skipped() {
        return stage == Stage.SKIPPED;
    }

    /** At most this many diagnostics or tool-output lines are rendered; the rest are counted. */
    public static final int RENDERED_LINES = 6;

    /** What a user would see: the first diagnostics or lines of output (and how many more), or the result. */
    public String render() {
        return switch (stage) {
            case COMPILE -> diagnostics.isEmpty() ? "compiles, no diagnostics" : renderDiagnostics();
            case RUN -> success ? "runs: " + visible(output) : errorType + ": " + error;
            case TOOL -> renderTool();
            case SKIPPED -> "skipped: " + error;
        };
    }

    private String renderDiagnostics() {
        StringBuilder out = new StringBuilder();
        diagnostics.stream().limit(RENDERED_LINES).forEach(d -> out.append(d.render()).append('\n'));
        if (diagnostics.size() > RENDERED_LINES) {
            out.append("... ").append(diagnostics.size() - RENDERED_LINES).append(" more (").append(errors().size())
                    .append(" errors in all; codes: ").append(String.join(", ", errorCodes())).append(")\n");
        }
        out.append(success ? "(no errors: compiles)" : "(fails)");
        return out.toString();
    }

    private String renderTool() {
        List<String> lines = output.strip().lines().toList();
        if (lines.isEmpty()) {
            return success ? "(no output: succeeds)" : "(no output: fails)";
        }
        StringBuilder out = new StringBuilder();
        lines.stream().limit(RENDERED_LINES).forEach(l -> out.append(l).append('\n'));
        if (lines.size() > RENDERED_LINES + 1) {
            out.append("... (").append(lines.size() - RENDERED_LINES - 1).append(" lines)\n");
        }
        if (lines.size() > RENDERED_LINES) {
            out.append(lines.get(lines.size() - 1)).append('\n');
        }
        out.append(success ? "(succeeds)" : "(fails)");
        return out.toString();
    }

    /** Control characters (mojibake makes C1 controls out of UTF-8 bytes) as {@code \\u0080}. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) && cp != '\n') {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
