package dev.zatta.formatting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private static final int MAX_DEPTH = 2;

    private final String pattern;
    /** String (literal) or Field. */
    private final Object[] parts;
    private final boolean positional;
    private final List<String> names;

    private Template(String pattern, Object[] parts, boolean positional, List<String> names) {
        this.pattern = pattern;
        this.parts = parts;
        this.positional = positional;
        this.names = names;
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
        Parser p = new Parser(pattern);
        Object[] parts = p.parse(0, pattern.length(), MAX_DEPTH);
        return new Template(pattern, parts, p.positional, Collections.unmodifiableList(new ArrayList<>(p.names)));
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

    /** Escapes {@code text} so that a template prints it unchanged (braces doubled). */
    public static String escape(String text) {
        return Literals.escape(text);
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
        return names;
    }

    /** Whether the pattern has positional fields ({@code {}} or {@code {0}}). */
    public boolean hasPositionalFields() {
        return positional;
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
        renderInto(out, parts, positional, named);
        return out.toString();
    }

    private void renderInto(StringBuilder out, Object[] ps, List<?> positional, Map<String, ?> named) {
        for (Object part : ps) {
            if (part instanceof String) {
                out.append((String) part);
                continue;
            }
            Field f = (Field) part;
            Object v = null;
            boolean found = false;
            try {
                v = f.lookup(positional, named);
                found = true;
                switch (f.conversion) {
                    case 's':
                        v = PyObjects.str(v);
                        break;
                    case 'r':
                        v = PyObjects.repr(v);
                        break;
                    case 'a':
                        v = PyObjects.ascii(v);
                        break;
                    default:
                        break;
                }
                Spec spec = f.spec;
                if (spec == null) {
                    StringBuilder s = new StringBuilder();
                    renderInto(s, f.nestedSpec, positional, named);
                    spec = Spec.parse(s.toString());
                }
                PyFormat.format(out, v, spec);
            } catch (FormatException e) {
                throw e.at(pattern, f.start, f.text, found ? shortRepr(v) : null);
            } catch (RuntimeException e) {
                FormatException fe = new FormatException("Error", e.toString(), pattern, f.start, f.text);
                fe.initCause(e);
                throw fe;
            }
        }
    }

    private static String shortRepr(Object v) {
        try {
            return PyObjects.repr(v);
        } catch (RuntimeException e) {
            return PyObjects.typeName(v);
        }
    }

    /** One replacement field. */
    private static final class Field {
        final int start;
        final String text;
        final int index;
        final String name;
        final Accessor[] accessors;
        final char conversion;
        /** Constant spec, or null when {@link #nestedSpec} must be expanded first. */
        final Spec spec;
        final Object[] nestedSpec;

        Field(int start, String text, int index, String name, Accessor[] accessors, char conversion, Spec spec,
                Object[] nestedSpec) {
            this.start = start;
            this.text = text;
            this.index = index;
            this.name = name;
            this.accessors = accessors;
            this.conversion = conversion;
            this.spec = spec;
            this.nestedSpec = nestedSpec;
        }

        Object lookup(List<?> positional, Map<String, ?> named) {
            Object v;
            if (index >= 0) {
                int given = positional == null ? 0 : positional.size();
                if (index >= given) {
                    throw FormatException.withDetail("IndexError",
                            "Replacement index " + index + " out of range for positional args tuple",
                            given + " positional argument" + (given == 1 ? "" : "s") + " given");
                }
                v = positional.get(index);
            } else {
                if (named == null) {
                    throw FormatException.withDetail("KeyError", PyObjects.repr(name),
                            "expected a named argument " + PyObjects.repr(name) + ", but none were given");
                }
                v = named.get(name);
                if (v == null && !named.containsKey(name)) {
                    throw FormatException.withDetail("KeyError", PyObjects.repr(name),
                            "expected a named argument " + PyObjects.repr(name) + ", given: "
                                    + new java.util.TreeSet<>(named.keySet()));
                }
            }
            for (Accessor a : accessors) {
                v = a.apply(v);
            }
            return v;
        }
    }

    /** Pattern parser, CPython's MarkupIterator, parse_field and field_name_split. */
    private static final class Parser {
        private final String s;
        /** 0 = not yet, 1 = automatic, 2 = manual. */
        private int autoState;
        private int autoNext;
        boolean positional;
        final List<String> names = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        private FormatException err(String msg, int pos, String field) {
            return new FormatException("ValueError", msg, s, pos, field);
        }

        Object[] parse(int pos, int end, int depth) {
            if (depth <= 0) {
                throw err("Max string recursion exceeded", pos, null);
            }
            List<Object> out = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (pos < end) {
                int litStart = pos;
                char c = 0;
                boolean markup = false;
                while (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '{' || c == '}') {
                        markup = true;
                        break;
                    }
                }
                boolean atEnd = pos >= end;
                int len = pos - litStart;
                if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                    throw err("Single '}' encountered in format string", pos - 1, null);
                }
                if (markup && atEnd && c == '{') {
                    throw err("Single '{' encountered in format string", pos - 1, null);
                }
                if (markup) {
                    if (s.charAt(pos) == c) {
                        pos++;
                        markup = false; // escaped brace: literal includes one brace
                    } else {
                        len--;
                    }
                }
                lit.append(s, litStart, litStart + len);
                if (!markup) {
                    continue;
                }
                if (lit.length() > 0) {
                    out.add(lit.toString());
                    lit.setLength(0);
                }
                int fieldStart = pos - 1;
                pos = parseField(pos, end, depth, fieldStart, out);
            }
            if (lit.length() > 0) {
                out.add(lit.toString());
            }
            // merge adjacent literals
            List<Object> merged = new ArrayList<>();
            for (Object o : out) {
                if (o instanceof String && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof String) {
                    merged.set(merged.size() - 1, merged.get(merged.size() - 1) + (String) o);
                } else {
                    merged.add(o);
                }
            }
            return merged.toArray();
        }

        /** Parses a field whose '{' is at fieldStart; returns the position after its '}'. */
        private int parseField(int pos, int end, int depth, int fieldStart, List<Object> out) {
            int nameStart = pos;
            int c = 0;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw err("unexpected '{' in field name", fieldStart, null);
                }
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            int nameEnd = pos - 1;
            int conv = 0;
            int specStart = -1;
            int specEnd = -1;
            boolean expand = false;
            int fieldEnd;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (pos >= end) {
                        throw err("end of string while looking for conversion specifier", fieldStart, null);
                    }
                    conv = s.codePointAt(pos);
                    pos += Character.charCount(conv);
                    if (pos < end) {
                        int c2 = s.charAt(pos++);
                        if (c2 == '}') {
                            done = true;
                        } else if (c2 != ':') {
                            throw err("expected ':' after conversion specifier", fieldStart, null);
                        }
                    }
                }
                if (done) {
                    fieldEnd = pos;
                } else {
                    specStart = pos;
                    int count = 1;
                    boolean closed = false;
                    while (pos < end) {
                        char d = s.charAt(pos++);
                        if (d == '{') {
                            expand = true;
                            count++;
                        } else if (d == '}') {
                            count--;
                            if (count == 0) {
                                specEnd = pos - 1;
                                closed = true;
                                break;
                            }
                        }
                    }
                    if (!closed) {
                        throw err("unmatched '{' in format spec", fieldStart, null);
                    }
                    fieldEnd = pos;
                }
            } else if (c != '}') {
                throw err("expected '}' before end of string", fieldStart, null);
            } else {
                fieldEnd = pos;
            }
            String text = s.substring(fieldStart + 1, fieldEnd - 1);
            // field name: first part and accessors
            int i = nameStart;
            while (i < nameEnd && s.charAt(i) != '.' && s.charAt(i) != '[') {
                i++;
            }
            String first = s.substring(nameStart, i);
            long idx = integerOrMinusOne(first, fieldStart, text);
            boolean empty = first.isEmpty();
            boolean numeric = empty || idx >= 0;
            if (numeric) {
                positional = true;
                if (autoState == 0) {
                    autoState = empty ? 1 : 2;
                }
                if (autoState == 2 && empty) {
                    throw err("cannot switch from manual field specification to automatic field numbering", fieldStart,
                            text);
                }
                if (autoState == 1 && !empty) {
                    throw err("cannot switch from automatic field numbering to manual field specification", fieldStart,
                            text);
                }
                if (empty) {
                    idx = autoNext++;
                }
            } else if (!names.contains(first)) {
                names.add(first);
            }
            List<Accessor> accessors = new ArrayList<>();
            while (i < nameEnd) {
                char k = s.charAt(i++);
                int ns = i;
                if (k == '.') {
                    while (i < nameEnd && s.charAt(i) != '.' && s.charAt(i) != '[') {
                        i++;
                    }
                    if (i == ns) {
                        throw err("Empty attribute in format string", fieldStart, text);
                    }
                    accessors.add(new Accessor(true, s.substring(ns, i), -1));
                } else if (k == '[') {
                    while (i < nameEnd && s.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= nameEnd) {
                        throw err("Missing ']' in format string", fieldStart, text);
                    }
                    String key = s.substring(ns, i);
                    i++; // past ']'
                    if (key.isEmpty()) {
                        throw err("Empty attribute in format string", fieldStart, text);
                    }
                    accessors.add(new Accessor(false, key, integerOrMinusOne(key, fieldStart, text)));
                } else {
                    throw err("Only '.' or '[' may follow ']' in format field specifier", fieldStart, text);
                }
            }
            if (conv != 0 && conv != 'r' && conv != 's' && conv != 'a') {
                String shown = conv > 32 && conv < 127 ? String.valueOf((char) conv) : "\\x" + Integer.toHexString(conv);
                throw err("Unknown conversion specifier " + shown, fieldStart, text);
            }
            if (idx > Integer.MAX_VALUE) {
                idx = Integer.MAX_VALUE; // no list is that long: IndexError when formatting
            }
            Spec spec;
            Object[] nested = null;
            if (specStart < 0) {
                spec = Spec.EMPTY;
            } else if (!expand) {
                spec = Spec.parse(s.substring(specStart, specEnd));
            } else {
                spec = null;
                nested = parse(specStart, specEnd, depth - 1);
            }
            out.add(new Field(fieldStart, text, numeric ? (int) idx : -1, numeric ? null : first,
                    accessors.toArray(new Accessor[0]), (char) conv, spec, nested));
            return fieldEnd;
        }

        private long integerOrMinusOne(String t, int fieldStart, String text) {
            if (t.isEmpty()) {
                return -1;
            }
            long[] acc = new long[1];
            int p = Spec.readInteger(t, 0, acc);
            if (p < 0) {
                throw err("Too many decimal digits in format string", fieldStart, text);
            }
            return p == t.length() ? acc[0] : -1;
        }
    }
}
