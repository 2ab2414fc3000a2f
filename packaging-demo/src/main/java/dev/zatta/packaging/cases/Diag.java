package dev.zatta.packaging.cases;

import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One javac diagnostic, kept as plain values. Immutable.
 *
 * @param kind {@code ERROR}, {@code WARNING}, ...
 * @param code javac's message key, e.g. {@code compiler.err.package.not.visible}
 * @param message the English message
 * @param file the source file's name, {@code ""} when none
 * @param line 1-based line, or -1
 * @param column 1-based column, or -1
 */
public record Diag(String kind, String code, String message, String file, long line, long column) {
    static Diag of(Diagnostic<? extends JavaFileObject> d) {
        JavaFileObject source = d.getSource();
        String name = source == null ? "" : source.getName();
        int slash = name.lastIndexOf('/');
        return new Diag(d.getKind().name(), d.getCode(), d.getMessage(Locale.ENGLISH),
                name.substring(slash + 1), d.getLineNumber(), d.getColumnNumber());
    }

    /** True for {@code ERROR}. */
    public boolean isError() {
        return kind.equals(Diagnostic.Kind.ERROR.name());
    }

    /** {@code File.java:3: error: message [code]}, as javac prints it plus the code. */
    public String render() {
        String where = file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + kind.toLowerCase(Locale.ROOT) + ": " + message + " [" + code + "]";
    }
}
