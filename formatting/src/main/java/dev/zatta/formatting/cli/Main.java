package dev.zatta.formatting.cli;

import dev.zatta.formatting.RunTitle;
import dev.zatta.formatting.Template;
import dev.zatta.formatting.internal.PyLiteral;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Command line of the standalone jar (no dependencies, so no picocli):
 *
 * <pre>
 * java -jar formatting/target/formatting.jar 'estimator-{estimator}_gamma-{gamma:.2f}' estimator=svm gamma=0.1666
 * java -jar formatting/target/formatting.jar --title --spec gamma=.2f estimator=svm gamma=0.1666 eta=100
 * java -jar formatting/target/formatting.jar --parse-title estimator-svm_eta-100_gamma-0.17
 * </pre>
 *
 * Values are Python literals ({@link PyLiteral}). Output goes to stdout in UTF-8; errors to stderr
 * with exit code 2. The command only reads its arguments and calls the public API ({@link Template},
 * {@link RunTitle}).
 */
public final class Main {
    private Main() {}

    private static final Pattern NAMED = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*=.*", Pattern.DOTALL);
    /** {@code NAME=repr(value)}, as {@code --parse-title} prints each entry. */
    private static final Template ENTRY = Template.compile("{0}={1!r}");

    static final String USAGE = String.join("\n",
            "Usage: java -jar formatting.jar [--] TEMPLATE [VALUE | NAME=VALUE]...",
            "       java -jar formatting.jar --title [--spec NAME=SPEC]... [--order N1,N2] [--kv-sep S] [--field-sep S] NAME=VALUE...",
            "       java -jar formatting.jar --parse-title [--kv-sep S] [--field-sep S] TITLE",
            "",
            "Formats TEMPLATE exactly as Python 3.11's TEMPLATE.format(*values, **named) and prints the result.",
            "",
            "  TEMPLATE      a Python format string, e.g. 'estimator-{estimator}_gamma-{gamma:.2f}'",
            "  VALUE         a positional argument ({0}, {1} or {}), written as a Python literal",
            "  NAME=VALUE    a named argument ({NAME}); VALUE is a Python literal:",
            "                3 (int), 0.166, 1e-5, inf, nan (float), 'svm' \"svm\" or bare svm (str),",
            "                True / False (bool), None",
            "  --title       print a stable, file-name-safe run title of the NAME=VALUE pairs",
            "                (keys sorted unless --order; default separators '-' and '_')",
            "  --spec N=SPEC Python format spec for key N in the title, e.g. --spec gamma=.2f",
            "  --order LIST  comma-separated keys that come first in the title",
            "  --kv-sep S    key-value separator of the title (default -)",
            "  --field-sep S separator between title fields (default _)",
            "  --parse-title read a title back and print one NAME=VALUE per line (Python repr of the value)",
            "  -h, --help    show this help and exit",
            "",
            "Exit status: 0 on success, 2 on a usage or format error (the message says what was expected).");

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Try --help for usage.");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static int dispatch(String[] args, PrintStream out) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean title = false;
        boolean parseTitle = false;
        RunTitle.Builder rb = RunTitle.builder();
        boolean endOfOptions = false;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (endOfOptions || !a.startsWith("--") && !a.equals("-h")) {
                operands.add(a);
                continue;
            }
            switch (a) {
                case "--":
                    endOfOptions = true;
                    break;
                case "-h":
                case "--help":
                    out.println(USAGE);
                    return 0;
                case "--title":
                    title = true;
                    break;
                case "--parse-title":
                    parseTitle = true;
                    break;
                case "--spec": {
                    String v = optionValue(rest, ++i, a);
                    int eq = v.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException("--spec: expected NAME=SPEC, got '" + v + "'");
                    }
                    rb.spec(v.substring(0, eq), v.substring(eq + 1));
                    break;
                }
                case "--order":
                    rb.order(Arrays.asList(optionValue(rest, ++i, a).split(",", -1)));
                    break;
                case "--kv-sep":
                    rb.keyValueSeparator(optionValue(rest, ++i, a));
                    break;
                case "--field-sep":
                    rb.fieldSeparator(optionValue(rest, ++i, a));
                    break;
                default:
                    throw new UsageException("unknown option '" + a + "'");
            }
        }
        if (title && parseTitle) {
            throw new UsageException("--title and --parse-title: expected at most one of them");
        }
        if (parseTitle) {
            if (operands.size() != 1) {
                throw new UsageException("--parse-title: expected exactly one TITLE, got " + operands.size());
            }
            for (Map.Entry<String, Object> e : rb.build().parse(operands.get(0)).entrySet()) {
                out.println(ENTRY.format(e.getKey(), e.getValue()));
            }
            return 0;
        }
        if (title) {
            Map<String, Object> named = new LinkedHashMap<>();
            for (String op : operands) {
                if (!NAMED.matcher(op).matches()) {
                    throw new UsageException("--title: expected NAME=VALUE, got '" + op + "'");
                }
                putNamed(named, op);
            }
            out.println(rb.build().format(named));
            return 0;
        }
        if (operands.isEmpty()) {
            throw new UsageException("expected a TEMPLATE");
        }
        Template t = Template.compile(operands.get(0));
        List<Object> positional = new ArrayList<>();
        Map<String, Object> named = new LinkedHashMap<>();
        for (String op : operands.subList(1, operands.size())) {
            if (NAMED.matcher(op).matches()) {
                putNamed(named, op);
            } else {
                positional.add(PyLiteral.parse(op));
            }
        }
        out.println(t.format(positional, named));
        return 0;
    }

    private static void putNamed(Map<String, Object> named, String op) {
        int eq = op.indexOf('=');
        String name = op.substring(0, eq);
        if (named.containsKey(name)) {
            throw new UsageException("argument '" + name + "' given twice");
        }
        named.put(name, PyLiteral.parse(op.substring(eq + 1)));
    }

    private static String optionValue(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + ": expected a value after it");
        }
        return args.get(i);
    }
}
