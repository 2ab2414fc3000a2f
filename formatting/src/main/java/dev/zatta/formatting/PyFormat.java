package dev.zatta.formatting;

import dev.zatta.formatting.Spec.Align;
import dev.zatta.formatting.Spec.Grouping;
import dev.zatta.formatting.Spec.Sign;
import java.math.BigInteger;

/**
 * {@code format(value, spec)} for Java values, following CPython 3.11's {@code formatter_unicode.c}:
 * int, float and str {@code __format__}, and {@code object.__format__} for everything else.
 * Stateless and thread-safe.
 */
final class PyFormat {
    private PyFormat() {}

    static void format(StringBuilder out, Object v, Spec spec) {
        if (v instanceof String) {
            formatString(out, (String) v, spec);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long x = ((Number) v).longValue();
            if (spec.isEmpty()) {
                out.append(x);
            } else {
                formatInt(out, x, null, spec, "int");
            }
        } else if (v instanceof Double || v instanceof Float) {
            formatFloat(out, ((Number) v).doubleValue(), spec, "float");
        } else if (v instanceof BigInteger) {
            if (spec.isEmpty()) {
                out.append(v);
            } else {
                BigInteger b = (BigInteger) v;
                if (b.bitLength() < 64) {
                    formatInt(out, b.longValue(), null, spec, "int");
                } else {
                    formatInt(out, 0, b, spec, "int");
                }
            }
        } else if (v instanceof Boolean) {
            if (spec.isEmpty()) {
                out.append(((Boolean) v) ? "True" : "False");
            } else {
                formatInt(out, ((Boolean) v) ? 1 : 0, null, spec, "bool");
            }
        } else if (PyObjects.isStr(v)) {
            formatString(out, v.toString(), spec);
        } else if (v instanceof java.math.BigDecimal) {
            PyDecimal.format(out, (java.math.BigDecimal) v, spec.text());
        } else {
            if (!spec.isEmpty()) {
                throw FormatException.type("unsupported format string passed to " + PyObjects.typeName(v) + ".__format__");
            }
            out.append(PyObjects.str(v));
        }
    }

    static String format(Object v, Spec spec) {
        StringBuilder b = new StringBuilder();
        format(b, v, spec);
        return b.toString();
    }

    // ---- str ----------------------------------------------------------------------------------

    static void formatString(StringBuilder out, String s, Spec spec) {
        if (spec.isEmpty()) {
            out.append(s);
            return;
        }
        int t = spec.check("str", 's');
        if (t != 's') {
            throw Spec.unknownCode(t, "str");
        }
        if (spec.sign() != Sign.DEFAULT) {
            throw FormatException.value(spec.sign() == Sign.SPACE ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatException.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatException.value("Alternate form (#) not allowed in string format specifier");
        }
        Align align = spec.alignFor(Align.LEFT);
        if (align == Align.AFTER_SIGN) {
            throw FormatException.value("'=' alignment not allowed in string format specifier");
        }
        int end = s.length();
        long len;
        if (spec.precision().isPresent()) {
            long precision = spec.precision().getAsLong();
            int cps = s.codePointCount(0, s.length());
            if (precision < cps) {
                end = s.offsetByCodePoints(0, (int) precision);
                len = precision;
            } else {
                len = cps;
            }
        } else if (spec.width().isPresent()) {
            len = s.codePointCount(0, s.length());
        } else {
            out.append(s);
            return;
        }
        if (spec.width().isEmpty()) {
            out.append(s, 0, end);
            return;
        }
        pad(out, s.substring(0, end), len, checkWidth(spec.width().getAsLong()), spec.fillFor(), align);
    }

    private static void pad(StringBuilder out, CharSequence body, long len, long width, int fill, Align align) {
        long total = Math.max(width, len);
        long left;
        if (align == Align.RIGHT) {
            left = total - len;
        } else if (align == Align.CENTER) {
            left = (total - len) / 2;
        } else {
            left = 0;
        }
        long right = total - len - left;
        Chars.repeat(out, fill, left);
        out.append(body);
        Chars.repeat(out, fill, right);
    }

    static long checkWidth(long width) {
        if (width > Spec.MAX_SIZE) {
            throw FormatException.value("width " + width + " is larger than the supported maximum of " + Spec.MAX_SIZE);
        }
        return width;
    }

    // ---- int ----------------------------------------------------------------------------------

    /** Formats the int {@code big} if non-null, else {@code x}; spec is not empty. */
    static void formatInt(StringBuilder out, long x, BigInteger big, Spec spec, String typeName) {
        int t = spec.check(typeName, 'd');
        switch (t) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                double d = big != null ? PyObjects.floatOf(big) : (double) x;
                formatFloatChecked(out, d, spec, t);
                return;
            default:
                throw Spec.unknownCode(t, typeName);
        }
        if (spec.precision().isPresent()) {
            throw FormatException.value("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatException.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        boolean negative;
        int groupLen = 0;
        char sep = 0;
        if (t == 'c') {
            if (spec.sign() != Sign.DEFAULT) {
                throw FormatException.value("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatException.value("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (big != null) {
                throw new FormatException("OverflowError", "Python int too large to convert to C long");
            }
            if (x < 0 || x > 0x10ffff) {
                throw new FormatException("OverflowError", "%c arg not in range(0x110000)");
            }
            digits = new String(Character.toChars((int) x));
            negative = false;
            number(out, false, "", digits, 1, "", spec, 0, (char) 0);
            return;
        } else {
            int radix;
            switch (t) {
                case 'b':
                    radix = 2;
                    prefix = "0b";
                    break;
                case 'o':
                    radix = 8;
                    prefix = "0o";
                    break;
                case 'x':
                    radix = 16;
                    prefix = "0x";
                    break;
                case 'X':
                    radix = 16;
                    prefix = "0X";
                    break;
                default:
                    radix = 10;
            }
            if (!spec.alternate()) {
                prefix = "";
            }
            if (big != null) {
                negative = big.signum() < 0;
                digits = big.abs().toString(radix);
            } else {
                negative = x < 0;
                if (x == Long.MIN_VALUE) {
                    digits = BigInteger.valueOf(x).negate().toString(radix);
                } else {
                    long a = Math.abs(x);
                    digits = radix == 10 ? Long.toString(a) : Long.toString(a, radix);
                }
            }
            if (t == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            if (spec.grouping() != Grouping.NONE && t != 'n') {
                sep = spec.grouping().separator();
                groupLen = radix == 10 ? 3 : 4;
            }
        }
        if (spec.width().isEmpty() && spec.sign() == Sign.DEFAULT && prefix.isEmpty() && groupLen == 0) {
            if (negative) {
                out.append('-');
            }
            out.append(digits);
            return;
        }
        number(out, negative, prefix, digits, digits.length(), "", spec, groupLen, sep);
    }

    // ---- float --------------------------------------------------------------------------------

    static void formatFloat(StringBuilder out, double v, Spec spec, String typeName) {
        if (spec.isEmpty()) {
            out.append(FloatFormat.toPython(v, 'r', 0, true, false, false, false));
            return;
        }
        int t = spec.check(typeName, 0);
        switch (t) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                formatFloatChecked(out, v, spec, t);
                return;
            default:
                throw Spec.unknownCode(t, typeName);
        }
    }

    /** CPython's {@code format_float_internal}; {@code t} is the effective type (0 for none). */
    private static void formatFloatChecked(StringBuilder out, double v, Spec spec, int t) {
        boolean precisionGiven = spec.precision().isPresent();
        if (precisionGiven) {
            long given = spec.precision().getAsLong();
            if (given > Integer.MAX_VALUE) {
                throw FormatException.value("precision too big");
            }
            if (given > Spec.MAX_SIZE) {
                throw FormatException.value("precision " + given + " is larger than the supported maximum of "
                        + Spec.MAX_SIZE);
            }
        }
        boolean addDot0 = false;
        char code;
        int defaultPrecision = 6;
        boolean upper = false;
        boolean pct = false;
        switch (t) {
            case 0:
                addDot0 = true;
                code = 'r';
                defaultPrecision = 0;
                break;
            case 'n':
                code = 'g';
                break;
            case '%':
                code = 'f';
                v *= 100;
                pct = true;
                break;
            case 'E': case 'F': case 'G':
                upper = true;
                code = (char) Character.toLowerCase(t);
                break;
            default:
                code = (char) t;
        }
        int precision = defaultPrecision;
        if (precisionGiven) {
            precision = (int) spec.precision().getAsLong();
            if (code == 'r') {
                code = 'g';
            }
        }
        boolean plain = spec.sign().positiveMark() == 0 && spec.width().isEmpty() && spec.grouping() == Grouping.NONE;
        if (code == 'f' && !pct && plain
                && FixedDigits.appendFast(out, v, precision, spec.alternate(), spec.noNegZero())) {
            return; // the common '.2f': digits written straight into the output
        }
        String s = FloatFormat.toPython(v, code, precision, addDot0, spec.alternate(), spec.noNegZero(), upper);
        if (pct) {
            s = s + "%";
        }
        if (plain) {
            out.append(s);
            return;
        }
        boolean negative = s.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int i = start;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int groupLen = 0;
        char sep = 0;
        if (spec.grouping() != Grouping.NONE && t != 'n') {
            groupLen = 3;
            sep = spec.grouping().separator();
        }
        number(out, negative, "", s.substring(start, i), i - start, s.substring(i), spec, groupLen, sep);
    }

    // ---- number layout ------------------------------------------------------------------------

    /**
     * CPython's {@code calc_number_widths} + {@code fill_number}: padding, sign, prefix, padding,
     * grouped digits, then the rest (decimal point, fraction, exponent, '%').
     */
    private static void number(StringBuilder out, boolean negative, String prefix, String digits, int digitCount,
            String rest, Spec spec, int groupLen, char sep) {
        char signChar = negative ? '-' : spec.sign().positiveMark();
        long width = spec.width().isPresent() ? checkWidth(spec.width().getAsLong()) : -1;
        Align align = spec.alignFor(Align.RIGHT);
        int fill = spec.fillFor();
        int nonDigits = (signChar != 0 ? 1 : 0) + prefix.length() + rest.length();
        long minWidth = (fill == '0' && align == Align.AFTER_SIGN && width >= 0) ? width - nonDigits : 0;
        CharSequence grouped = digitCount == 0 ? "" : group(digits, digitCount, minWidth, groupLen, sep);
        // a 'c' digit may be two UTF-16 units: widths count code points
        long padding = width - (nonDigits + grouped.length() - (digits.length() - digitCount));
        long left = 0;
        long inner = 0;
        long right = 0;
        if (padding > 0) {
            switch (align) {
                case LEFT:
                    right = padding;
                    break;
                case CENTER:
                    left = padding / 2;
                    right = padding - left;
                    break;
                case AFTER_SIGN:
                    inner = padding;
                    break;
                default:
                    left = padding;
            }
        }
        Chars.repeat(out, fill, left);
        if (signChar != 0) {
            out.append(signChar);
        }
        out.append(prefix);
        Chars.repeat(out, fill, inner);
        out.append(grouped);
        out.append(rest);
        Chars.repeat(out, fill, right);
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: separators every {@code groupLen} digits
     * (none if 0), and leading zeros up to {@code minWidth} characters.
     */
    static CharSequence group(String digits, int n, long minWidth, int groupLen, char sep) {
        if (groupLen == 0) {
            if (minWidth <= n) {
                return digits;
            }
            StringBuilder b = new StringBuilder((int) minWidth);
            Chars.repeat(b, '0', minWidth - n);
            return b.append(digits);
        }
        StringBuilder rev = new StringBuilder(n + n / groupLen + 8);
        long remaining = n;
        long mw = minWidth;
        int pos = n; // digits consumed from the right
        boolean useSep = false;
        while (true) {
            long l = Math.min(groupLen, Math.max(Math.max(remaining, mw), 1));
            long zeros = Math.max(0, l - remaining);
            long chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                rev.append(sep);
            }
            for (long k = 0; k < chars; k++) {
                rev.append(digits.charAt(--pos));
            }
            for (long k = 0; k < zeros; k++) {
                rev.append('0');
            }
            useSep = true;
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                break;
            }
            mw -= 1;
        }
        return rev.reverse();
    }
}
