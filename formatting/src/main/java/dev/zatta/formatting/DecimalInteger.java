package dev.zatta.formatting;

import java.util.OptionalLong;

/**
 * The decimal integers of a format string (widths, precisions, field indices), read as CPython's
 * {@code get_integer} reads them: any Unicode decimal digit counts ({@code Py_UNICODE_TODECIMAL}),
 * and a value past {@code Long.MAX_VALUE} is "Too many decimal digits in format string".
 * Stateless and thread-safe.
 */
final class DecimalInteger {
    private DecimalInteger() {}

    static final String TOO_MANY_DIGITS = "Too many decimal digits in format string";

    /** The position after the run of decimal digits that starts at {@code from} ({@code from} if there is none). */
    static int end(String s, int from) {
        int pos = from;
        while (pos < s.length()) {
            int cp = s.codePointAt(pos);
            if (digitValue(cp) < 0) {
                break;
            }
            pos += Character.charCount(cp);
        }
        return pos;
    }

    /** The value of the digits {@code s[from, end)} (found by {@link #end}), or empty past {@code Long.MAX_VALUE}. */
    static OptionalLong value(String s, int from, int end) {
        long acc = 0;
        for (int pos = from; pos < end; ) {
            int cp = s.codePointAt(pos);
            int d = digitValue(cp);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                return OptionalLong.empty();
            }
            acc = acc * 10 + d;
            pos += Character.charCount(cp);
        }
        return OptionalLong.of(acc);
    }

    /** The value of a Unicode decimal digit, or -1 if {@code cp} is not one. */
    static int digitValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(cp, 10);
    }
}
