package dev.zatta.formatting;

/**
 * A parsed format spec ({@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}),
 * as CPython 3.11's {@code parse_internal_render_format_spec} reads it. Errors that do not depend
 * on the value's type are kept and raised when the spec is used, as Python does (a spec is only
 * interpreted by the value's {@code __format__}). Immutable and thread-safe.
 */
final class Spec {
    /** Largest width or float precision that is honoured; larger ones are refused instead of exhausting memory. */
    static final long MAX_SIZE = 10_000_000L;

    static final Spec EMPTY = new Spec("");

    final String text;
    final boolean empty;
    /** Fill code point, ' ' by default. */
    final int fill;
    final boolean fillSpecified;
    /** '<', '>', '^', '=' or 0 when not given. */
    final char align;
    /** '+', '-', ' ' or 0. */
    final char sign;
    final boolean noNegZero;
    final boolean alternate;
    final boolean zeroPad;
    /** -1 when not given. */
    final long width;
    /** ',', '_' or 0. */
    final char grouping;
    /** -1 when not given. */
    final long precision;
    /** Presentation type code point, 0 when not given. */
    final int type;
    /** ValueError message found while parsing, raised on use; null if none. */
    final String error;
    /** True when characters remain after the type: "Invalid format specifier ... for object of type ...". */
    final boolean invalid;

    private Spec(String text) {
        this.text = text;
        this.empty = text.isEmpty();
        int n = text.length();
        int pos = 0;
        int fillCp = ' ';
        boolean fillGiven = false;
        char al = 0;
        char sg = 0;
        boolean z = false;
        boolean alt = false;
        boolean zero = false;
        long w = -1;
        char grp = 0;
        long prec = -1;
        int ty = 0;
        String err = null;
        boolean inv = false;
        parse:
        {
            if (n == 0) {
                break parse;
            }
            int c0 = text.codePointAt(0);
            int c0len = Character.charCount(c0);
            if (c0len < n && isAlign(text.charAt(c0len))) {
                fillCp = c0;
                fillGiven = true;
                al = text.charAt(c0len);
                pos = c0len + 1;
            } else if (isAlign(text.charAt(0))) {
                al = text.charAt(0);
                pos = 1;
            }
            if (pos < n && isSign(text.charAt(pos))) {
                sg = text.charAt(pos++);
            }
            if (pos < n && text.charAt(pos) == 'z') {
                z = true;
                pos++;
            }
            if (pos < n && text.charAt(pos) == '#') {
                alt = true;
                pos++;
            }
            if (!fillGiven && pos < n && text.charAt(pos) == '0') {
                zero = true;
                pos++;
            }
            long[] acc = new long[1];
            int start = pos;
            pos = readInteger(text, pos, acc);
            if (pos < 0) {
                err = "Too many decimal digits in format string";
                break parse;
            }
            if (pos > start) {
                w = acc[0];
            }
            if (pos < n && text.charAt(pos) == ',') {
                grp = ',';
                pos++;
            }
            if (pos < n && text.charAt(pos) == '_') {
                if (grp != 0) {
                    err = "Cannot specify both ',' and '_'.";
                    break parse;
                }
                grp = '_';
                pos++;
            }
            if (pos < n && text.charAt(pos) == ',' && grp == '_') {
                err = "Cannot specify both ',' and '_'.";
                break parse;
            }
            if (pos < n && text.charAt(pos) == '.') {
                pos++;
                start = pos;
                pos = readInteger(text, pos, acc);
                if (pos < 0) {
                    err = "Too many decimal digits in format string";
                    break parse;
                }
                if (pos == start) {
                    err = "Format specifier missing precision";
                    break parse;
                }
                prec = acc[0];
            }
            if (pos < n) {
                int t = text.codePointAt(pos);
                if (pos + Character.charCount(t) < n) {
                    inv = true;
                    break parse;
                }
                ty = t;
            }
        }
        this.fill = fillCp;
        this.fillSpecified = fillGiven;
        this.align = al;
        this.sign = sg;
        this.noNegZero = z;
        this.alternate = alt;
        this.zeroPad = zero;
        this.width = w;
        this.grouping = grp;
        this.precision = prec;
        this.type = ty;
        this.error = err;
        this.invalid = inv;
    }

    static Spec parse(String text) {
        return text.isEmpty() ? EMPTY : new Spec(text);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-' || c == ' ';
    }

    /**
     * Reads decimal digits (any Unicode decimal digit, as Python's {@code Py_UNICODE_TODECIMAL}) from
     * {@code pos}; stores the value in {@code out[0]} and returns the position after them, or -1 on
     * overflow past {@code Long.MAX_VALUE} (Python's "Too many decimal digits in format string").
     */
    static int readInteger(String s, int pos, long[] out) {
        long acc = 0;
        int n = s.length();
        while (pos < n) {
            int cp = s.codePointAt(pos);
            int d = decimalValue(cp);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            acc = acc * 10 + d;
            pos += Character.charCount(cp);
        }
        out[0] = acc;
        return pos;
    }

    static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(cp, 10);
    }

    /**
     * Raises the type-independent errors and the checks that depend on the default type of the value
     * ({@code 'd'} for int, none for float, {@code 's'} for str), then returns the effective type.
     */
    int check(String typeName, int defaultType) {
        if (error != null) {
            throw FormatException.value(error);
        }
        if (invalid) {
            throw FormatException.value("Invalid format specifier '" + text + "' for object of type '" + typeName + "'");
        }
        int t = type == 0 ? defaultType : type;
        if (grouping != 0) {
            switch (t) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw FormatException.value("Cannot specify ',' with '" + (char) t + "'.");
                default:
                    throw FormatException.value("Cannot specify '" + grouping + "' with " + codeText(t) + ".");
            }
        }
        return t;
    }

    /** Python's way of printing a format code in messages: 'x' or '\x..' outside printable ASCII. */
    static String codeText(int t) {
        if (t > 32 && t < 128) {
            return "'" + (char) t + "'";
        }
        return "'\\x" + Integer.toHexString(t) + "'";
    }

    static FormatException unknownCode(int t, String typeName) {
        return FormatException.value("Unknown format code " + codeText(t) + " for object of type '" + typeName + "'");
    }

    /** Effective alignment for a value whose default alignment is {@code defaultAlign}. */
    char alignFor(char defaultAlign) {
        if (align != 0) {
            return align;
        }
        if (zeroPad && defaultAlign == '>') {
            return '=';
        }
        return defaultAlign;
    }

    int fillFor() {
        return zeroPad && !fillSpecified ? '0' : fill;
    }
}
