package dev.zatta.formatting;

import dev.zatta.formatting.internal.PyLiteral;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A stable, file-name-safe title for an experiment run, built from its parameter map:
 * {@code estimator-svm_eta-100_gamma-0.17}, whatever the map's iteration order.
 *
 * <p>Keys come in an explicit {@link Builder#order order} first (keys missing from the map are
 * skipped), then the remaining keys sorted. Each value is written as Python's
 * {@code format(value, spec)} with its key's {@link Builder#spec spec} (none: Python's
 * {@code str(value)}). A string value that would read back as something else ({@code "100"},
 * {@code "True"}, {@code "'x'"}) is written as a quoted Python literal ({@code '100'}).
 *
 * <p>Escaping, so that {@link #parse} gives back exactly what was written and the title is a valid
 * file name on Linux, macOS and Windows: {@code %} followed by two hex digits (as in URLs) replaces
 * {@code %}, the characters {@code / \ : * ? " < > |}, control characters, characters of the
 * key-value separator inside keys, characters of the field separator inside values, a trailing dot
 * or space, and the first letter of a Windows device name ({@code CON}, {@code NUL}, {@code COM1},
 * ...). With the defaults a key {@code n_iter} stays {@code n_iter} (a key may contain the field
 * separator; a value may contain the key-value separator, so {@code eta--1} is eta = -1).
 *
 * <p>Immutable and thread-safe.
 */
public final class RunTitle {
    private static final String UNSAFE = "/\\:*?\"<>|%";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
            "LPT7", "LPT8", "LPT9");

    private final List<String> order;
    private final Map<String, String> specs;
    private final Map<String, Spec> compiled;
    private final String keyValueSeparator;
    private final String fieldSeparator;

    private RunTitle(Builder b) {
        this.order = List.copyOf(b.order);
        this.specs = Collections.unmodifiableMap(new TreeMap<>(b.specs));
        Map<String, Spec> c = new TreeMap<>();
        b.specs.forEach((k, v) -> c.put(k, Spec.parse(v)));
        this.compiled = c;
        this.keyValueSeparator = b.keyValueSeparator;
        this.fieldSeparator = b.fieldSeparator;
    }

    /** Keys sorted, {@code key-value} pairs joined by {@code _}, values as Python's {@code str()}. */
    public static RunTitle defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this title's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.order.addAll(order);
        b.specs.putAll(specs);
        b.keyValueSeparator = keyValueSeparator;
        b.fieldSeparator = fieldSeparator;
        return b;
    }

    public List<String> order() {
        return order;
    }

    public Map<String, String> specs() {
        return specs;
    }

    public String keyValueSeparator() {
        return keyValueSeparator;
    }

    public String fieldSeparator() {
        return fieldSeparator;
    }

    /**
     * The title of a run with these parameters.
     *
     * @throws FormatException if a value does not accept its key's spec (the message names the key)
     * @throws IllegalArgumentException if {@code params} or one of its keys is null
     */
    public String format(Map<String, ?> params) {
        if (params == null) {
            throw new IllegalArgumentException("params: expected a map of parameters, got null");
        }
        List<String> keys = new ArrayList<>();
        for (String k : order) {
            if (params.containsKey(k)) {
                keys.add(k);
            }
        }
        Set<String> rest = new TreeSet<>();
        for (String k : params.keySet()) {
            if (k == null) {
                throw new IllegalArgumentException("params: keys must not be null");
            }
            if (!order.contains(k)) {
                rest.add(k);
            }
        }
        keys.addAll(rest);
        StringBuilder out = new StringBuilder();
        for (String k : keys) {
            if (out.length() > 0) {
                out.append(fieldSeparator);
            }
            escape(out, k, keyValueSeparator);
            out.append(keyValueSeparator);
            escape(out, valueText(k, params.get(k)), fieldSeparator);
        }
        protectEnd(out);
        return out.toString();
    }

    private String valueText(String key, Object v) {
        Spec spec = compiled.getOrDefault(key, Spec.EMPTY);
        String text;
        try {
            text = PyFormat.format(v, spec);
        } catch (FormatException e) {
            throw new FormatException(e.pythonType(), e.pythonMessage() + " (run title key '" + key + "', spec '"
                    + spec.text() + "', value " + PyObjects.repr(v) + ")");
        }
        if (PyObjects.isStr(v)) {
            Object back = PyLiteral.parse(text);
            if (!(back instanceof String) || !back.equals(text)) {
                text = PyObjects.repr(text);
            }
        }
        return text;
    }

    private static void escape(StringBuilder out, String s, String separator) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || UNSAFE.indexOf(c) >= 0 || separator.indexOf(c) >= 0) {
                percent(out, c);
            } else {
                out.append(c);
            }
        }
    }

    private static void percent(StringBuilder out, char c) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
    }

    /** Windows: no trailing dot or space, no device names (CON, NUL.txt, ...). */
    private static void protectEnd(StringBuilder out) {
        int n = out.length();
        if (n > 0 && (out.charAt(n - 1) == '.' || out.charAt(n - 1) == ' ')) {
            char c = out.charAt(n - 1);
            out.setLength(n - 1);
            percent(out, c);
        }
        int dot = out.indexOf(".");
        String base = (dot < 0 ? out.toString() : out.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        if (DEVICES.contains(base)) {
            char c = out.charAt(0);
            out.deleteCharAt(0);
            StringBuilder p = new StringBuilder();
            percent(p, c);
            out.insert(0, p);
        }
    }

    /**
     * Reads a title written by {@link #format} with the same separators back into a map, in title
     * order: ints as Long (BigInteger when larger), floats as Double, {@code True}/{@code False} as
     * Boolean, {@code None} as null, everything else as String.
     *
     * @throws IllegalArgumentException if the title is not one this RunTitle could have written
     */
    public Map<String, Object> parse(String title) {
        if (title == null) {
            throw new IllegalArgumentException("title: expected a run title, got null");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (title.isEmpty()) {
            return Collections.unmodifiableMap(out);
        }
        int pos = 0;
        StringBuilder key = new StringBuilder();
        while (true) {
            int sep = title.indexOf(fieldSeparator, pos);
            String token = sep < 0 ? title.substring(pos) : title.substring(pos, sep);
            int kv = token.indexOf(keyValueSeparator);
            if (kv < 0) {
                if (sep < 0) {
                    throw new IllegalArgumentException("title: field '" + key + token + "' at position " + pos
                            + " of \"" + title + "\" has no key-value separator '" + keyValueSeparator + "'");
                }
                key.append(token).append(fieldSeparator);
                pos = sep + fieldSeparator.length();
                continue;
            }
            key.append(token, 0, kv);
            String k = unescape(key.toString(), title);
            String raw = unescape(token.substring(kv + keyValueSeparator.length()), title);
            if (out.containsKey(k)) {
                throw new IllegalArgumentException("title: key '" + k + "' appears twice in \"" + title + "\"");
            }
            out.put(k, PyLiteral.parse(raw));
            key.setLength(0);
            if (sep < 0) {
                break;
            }
            pos = sep + fieldSeparator.length();
        }
        return Collections.unmodifiableMap(out);
    }

    private static String unescape(String s, String title) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("title: bad escape '" + s.substring(i, Math.min(s.length(), i + 3))
                        + "' in \"" + title + "\": expected % followed by two hex digits");
            }
            b.append((char) (hi * 16 + lo));
            i += 2;
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunTitle)) {
            return false;
        }
        RunTitle r = (RunTitle) o;
        return order.equals(r.order) && specs.equals(r.specs) && keyValueSeparator.equals(r.keyValueSeparator)
                && fieldSeparator.equals(r.fieldSeparator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, specs, keyValueSeparator, fieldSeparator);
    }

    @Override
    public String toString() {
        return "RunTitle[order=" + order + ", specs=" + specs + ", keyValueSeparator='" + keyValueSeparator
                + "', fieldSeparator='" + fieldSeparator + "']";
    }

    /** Mutable builder of an immutable {@link RunTitle}; validates in {@link #build()}. */
    public static final class Builder {
        private final List<String> order = new ArrayList<>();
        private final Map<String, String> specs = new LinkedHashMap<>();
        private String keyValueSeparator = "-";
        private String fieldSeparator = "_";

        private Builder() {}

        /** A Python format spec for one key's value, e.g. {@code spec("gamma", ".2f")}. */
        public Builder spec(String key, String spec) {
            if (key == null || spec == null) {
                throw new IllegalArgumentException("spec: expected a key and a format spec, got " + key + ", " + spec);
            }
            specs.put(key, spec);
            return this;
        }

        /** Keys written first, in this order; all other keys follow, sorted. */
        public Builder order(List<String> keys) {
            if (keys == null || keys.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("order: expected a list of keys without null, got " + keys);
            }
            if (new TreeSet<>(keys).size() != keys.size()) {
                throw new IllegalArgumentException("order: a key appears twice in " + keys);
            }
            order.clear();
            order.addAll(keys);
            return this;
        }

        public Builder keyValueSeparator(String separator) {
            this.keyValueSeparator = separator;
            return this;
        }

        public Builder fieldSeparator(String separator) {
            this.fieldSeparator = separator;
            return this;
        }

        /**
         * @throws IllegalArgumentException if a separator is empty, contains '%', a hex digit, a
         *     character unsafe in file names, or a character of the other separator
         */
        public RunTitle build() {
            checkSeparator("keyValueSeparator", keyValueSeparator);
            checkSeparator("fieldSeparator", fieldSeparator);
            for (int i = 0; i < keyValueSeparator.length(); i++) {
                if (fieldSeparator.indexOf(keyValueSeparator.charAt(i)) >= 0) {
                    throw new IllegalArgumentException("keyValueSeparator '" + keyValueSeparator
                            + "' and fieldSeparator '" + fieldSeparator + "': expected no character in common");
                }
            }
            for (Map.Entry<String, String> e : specs.entrySet()) {
                Spec s = Spec.parse(e.getValue());
                if (!s.isValid()) {
                    throw new IllegalArgumentException("spec for key '" + e.getKey() + "': '" + e.getValue()
                            + "' is not a valid format spec" + s.error().map(m -> " (" + m + ")").orElse(""));
                }
            }
            return new RunTitle(this);
        }

        private static void checkSeparator(String name, String sep) {
            if (sep == null || sep.isEmpty()) {
                throw new IllegalArgumentException(name + ": expected a non-empty string, got " + PyObjects.repr(sep));
            }
            for (int i = 0; i < sep.length(); i++) {
                char c = sep.charAt(i);
                if (c < 0x20 || c == 0x7f || UNSAFE.indexOf(c) >= 0 || Character.digit(c, 16) >= 0 || c == '\''
                        || c == '.' || c == ' ') {
                    throw new IllegalArgumentException(name + ": '" + sep + "' contains " + PyObjects.repr(String.valueOf(c))
                            + ", expected characters that are safe in file names and not %, a hex digit, a quote, a dot or a space");
                }
            }
        }
    }
}
