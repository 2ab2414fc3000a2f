package dev.zatta.formatting;

import dev.zatta.formatting.Part.Conversion;
import dev.zatta.formatting.Part.Field;
import dev.zatta.formatting.Part.Literal;
import dev.zatta.formatting.Part.Named;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled Python format string: {@code Template.compile("gamma-{gamma:.2f}").format(params)} gives
 * exactly what CPython 3.11's {@code "gamma-{gamma:.2f}".format(**params)} gives.
 *
 * <p>Supported: literal text with {@code {{} and {@code }}}, replacement fields {@code {name}},
 * {@code {0}} and auto-numbered {@code {}}, field access {@code {a.b}} (a Map key, a record
 * component, a public getter or field) and {@code {a[0]}} (List, array, str, Map; an all-digit key is
 * an int), conversions {@code !s !r !a}, replacement fields nested in the spec
 * ({@code {x:{width}.{prec}f}}), and the whole format-spec mini-language for int, float, str and
 * bool values. Java values map to Python types as {@code Integer/Long/Short/Byte/BigInteger → int},
 * {@code Double/Float → float}, {@code String/Character → str}, {@code Boolean → bool},
 * {@code BigDecimal → decimal.Decimal}, {@code null → None}.
 *
 * <p>The pattern is parsed once by {@link #compile}: syntax errors (unmatched braces, mixing
 * {@code {}} with {@code {0}}, a bad conversion, nesting deeper than two levels) are reported there.
 * Errors that depend on the arguments (a missing name, a spec that the value's type refuses) are
 * reported by {@code format}, field by field in pattern order, as Python does. Every error is a
 * {@link FormatException} (an {@link IllegalArgumentException}) that carries CPython's message and
 * names the field and its position.
 *
 * <p>Immutable and thread-safe: compile once, format from any number of threads.
 */
public final class Template {
    private final String pattern;
    /** The parsed parts, as an array: the render loop is the hot path. */
    private final Part[] parts;

    private Template(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = parts.toArray(new Part[0]);
    }

    /**
     * Parses {@code pattern} once.
     *
     * @throws FormatException (an IllegalArgumentException) on a syntax error, naming the position
     */
    public static Template compile(String pattern) {
        if (pattern == null) {
            throw new IllegalArgumentException("pattern: expected a format string, got null");
        }
        return new Template(pattern, TemplateParser.parse(pattern));
    }

    /** One-off {@code pattern.format(**named)}. */
    public static String format(String pattern, Map<String, ?> named) {
        return compile(pattern).format(named);
    }

    /** Python's builtin {@code format(value, spec)} for one Java value, e.g. {@code formatValue(0.1666, ".2f")}. */
    public static String formatValue(Object value, String spec) {
        Objects.requireNonNull(spec, "spec");
        return PyFormat.format(value, Spec.parse(spec));
    }

    /**
     * Escapes {@code text} so that a template prints it unchanged: every {@code {}} and {@code }}
     * is doubled, as in Python ({@code "{{"} prints {@code "{"}).
     *
     * @throws IllegalArgumentException if {@code text} is null
     */
    public static String escape(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text: expected a string, got null");
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                out.append(c);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Python's {@code pattern.format(**named)}. */
    public String format(Map<String, ?> named) {
        return render(null, named);
    }

    /**
     * Python's {@code pattern.format(*positional)}. A single List or array argument is one value (as
     * {@code '{0}'.format([1, 2])} in Python); to pass a list as the arguments, use
     * {@link #format(List, Map) format(list, Map.of())}.
     */
    public String format(Object... positional) {
        return render(positional == null ? Collections.singletonList(null) : Arrays.asList(positional), null);
    }

    /** Python's {@code pattern.format(*positional, **named)}. */
    public String format(List<?> positional, Map<String, ?> named) {
        return render(positional, named);
    }

    /** The pattern this template was compiled from. */
    public String pattern() {
        return pattern;
    }

    /** The distinct top-level argument names used by named fields (also inside nested specs), in order of appearance. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        addNames(Arrays.asList(parts), names);
        return List.copyOf(names);
    }

    private static void addNames(List<Part> ps, Set<String> names) {
        for (Part part : ps) {
            if (part instanceof Field) {
                Field f = (Field) part;
                if (f.argument() instanceof Named) {
                    names.add(((Named) f.argument()).name());
                }
                addNames(f.nestedSpec(), names);
            }
        }
    }

    @Override
    public String toString() {
        return "Template[" + pattern + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Template && ((Template) o).pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    private String render(List<?> positional, Map<String, ?> named) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (Part part : parts) {
            renderPart(out, part, positional, named);
        }
        return out.toString();
    }

    private void renderPart(StringBuilder out, Part part, List<?> positional, Map<String, ?> named) {
        if (part instanceof Literal) {
            out.append(((Literal) part).text());
            return;
        }
        Field f = (Field) part;
        Object v = null;
        boolean found = false;
        try {
            v = f.value(positional, named);
            found = true;
            if (f.conversion() != Conversion.NONE) {
                v = f.conversion().apply(v);
            }
            Spec spec = f.spec();
            if (spec == null) { // the spec has fields of its own: format them, then parse the result
                StringBuilder s = new StringBuilder();
                for (Part nested : f.nestedSpec()) {
                    renderPart(s, nested, positional, named);
                }
                spec = Spec.parse(s.toString());
            }
            PyFormat.format(out, v, spec);
        } catch (FormatException e) {
            throw e.at(pattern, f.start(), f.text(), found ? shortRepr(v) : null);
        } catch (RuntimeException e) {
            FormatException fe = new FormatException("Error", e.toString(), pattern, f.start(), f.text());
            fe.initCause(e);
            throw fe;
        }
    }

    private static String shortRepr(Object v) {
        try {
            return PyObjects.repr(v);
        } catch (RuntimeException e) {
            return PyObjects.typeName(v);
        }
    }
}
