package dev.zatta.formatting.text;

import dev.zatta.formatting.Template;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;

/**
 * Lets Apache Commons Text's {@link StringSubstitutor} read Python format specs:
 * {@code ${gamma:.2f}}, {@code ${name!r:>10}}, {@code ${point.x}}, {@code ${xs[0]:+d}}.
 *
 * <p>The text between {@code ${} and {@code }} is a Python replacement field
 * ({@code name[.attr|[key]]...[!conversion][:spec]}) evaluated with {@link Template} against the
 * values map. A name that is not in the map gives {@code null}, so that StringSubstitutor applies
 * its own rules (keep {@code ${x}} unchanged, or throw when undefined variables are refused); a
 * value that refuses its spec throws {@link dev.zatta.formatting.FormatException}.
 *
 * <p>Optional: the core {@code dev.zatta.formatting} package never needs Commons Text; this class
 * does ({@code requires static org.apache.commons.text}). Immutable and thread-safe as long as the
 * map is not modified.
 */
@SuppressWarnings("exports") // Commons Text is an optional module: users of this class require it themselves
public final class PythonFormatLookup implements StringLookup {
    private final Map<String, ?> values;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    public PythonFormatLookup(Map<String, ?> values) {
        if (values == null) {
            throw new IllegalArgumentException("values: expected a map of named values, got null");
        }
        this.values = values;
    }

    /**
     * A {@link StringSubstitutor} over {@code values} that reads {@code ${field:spec}}. Its default-value
     * syntax ({@code ${x:-default}}) is switched off, since {@code :-} starts a Python spec such
     * as {@code ${x:-5}} (minus sign, width 5).
     */
    public static StringSubstitutor substitutor(Map<String, ?> values) {
        StringSubstitutor s = new StringSubstitutor(new PythonFormatLookup(values));
        s.setValueDelimiterMatcher(null);
        return s;
    }

    /** One-off {@code substitutor(values).replace(source)}. */
    public static String replace(String source, Map<String, ?> values) {
        return substitutor(values).replace(source);
    }

    /** Formats the replacement field {@code key}, or returns null when its name is not in the map. */
    @Override
    public String apply(String key) {
        Objects.requireNonNull(key, "key");
        String name = baseName(key);
        if (!values.containsKey(name)) {
            return null;
        }
        Template t = cache.computeIfAbsent(key, k -> Template.compile("{" + k + "}"));
        return t.format(values);
    }

    /** Same as {@link #apply(String)} (Commons Text's older name for it). */
    @Override
    @SuppressWarnings("deprecation")
    public String lookup(String key) {
        return apply(key);
    }

    private static String baseName(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[' || c == '!' || c == ':') {
                end = i;
                break;
            }
        }
        return field.substring(0, end);
    }
}
