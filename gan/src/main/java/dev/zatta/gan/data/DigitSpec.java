package dev.zatta.gan.data;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --digits} spec: a set of digits 0..9 written as {@code "0"}, {@code "0-9"} or {@code "1,3,5-7"},
 * parsed and written back in its shortest form. Stateless.
 */
public final class DigitSpec {
    private static final Pattern PART = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?");

    private DigitSpec() {
    }

    /**
     * Parses a set of digits: a digit ({@code "0"}), a range ({@code "0-9"}) or a comma-separated list of
     * both ({@code "1,3,5-7"}); blanks around parts are ignored. Returns an unmodifiable set iterating in
     * ascending order.
     *
     * @throws IllegalArgumentException naming the spec if it is empty, malformed, outside 0..9 or holds a
     *     descending range
     */
    public static Set<Integer> parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        TreeSet<Integer> digits = new TreeSet<>();
        for (String part : spec.split(",", -1)) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                throw badDigits(spec, "\"" + part.strip() + "\" is not a digit or a range");
            }
            int from = parseDigit(spec, m.group(1));
            int to = m.group(2) == null ? from : parseDigit(spec, m.group(2));
            if (to < from) {
                throw badDigits(spec, "range " + from + "-" + to + " is descending");
            }
            for (int d = from; d <= to; d++) {
                digits.add(d);
            }
        }
        return Collections.unmodifiableSet(digits);
    }

    private static int parseDigit(String spec, String s) {
        if (s.length() != 1) {
            throw badDigits(spec, s + " is not a digit 0..9");
        }
        return s.charAt(0) - '0';
    }

    private static IllegalArgumentException badDigits(String spec, String why) {
        return new IllegalArgumentException("digits: expected a digit 0..9, a range such as 0-9 or a list such as "
                + "1,3,5-7, got \"" + spec + "\" (" + why + ")");
    }

    /**
     * The shortest spec that {@link #parse(String)} reads back as {@code digits}, ranges of three
     * or more joined: {0} → "0", {1,3,5,6,7} → "1,3,5-7", {0..9} → "0-9".
     *
     * @throws IllegalArgumentException if {@code digits} is empty or holds a value outside 0..9
     */
    public static String format(Set<Integer> digits) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer d : digits) {
            if (d == null || d < 0 || d >= MnistData.CLASSES) {
                throw new IllegalArgumentException("digits: expected values 0..9, got " + d + " in " + digits);
            }
            sorted.add(d);
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("digits: expected at least one digit 0..9, got none");
        }
        StringBuilder sb = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (int d : sorted) {
            if (prev != null && d == prev + 1) {
                prev = d;
                continue;
            }
            if (start != null) {
                appendRun(sb, start, prev);
            }
            start = d;
            prev = d;
        }
        appendRun(sb, start, prev);
        return sb.toString();
    }

    private static void appendRun(StringBuilder sb, int from, int to) {
        if (sb.length() > 0) {
            sb.append(',');
        }
        if (to - from >= 2) {
            sb.append(from).append('-').append(to);
        } else {
            sb.append(from);
            if (to > from) {
                sb.append(',').append(to);
            }
        }
    }
}
