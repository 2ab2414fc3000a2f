package dev.zatta.formatting;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A parsed format spec ({@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}),
 * as CPython 3.11's {@code parse_internal_render_format_spec} reads it. Errors that do not depend
 * on the value's type are kept and raised when the spec is used, as Python does (a spec is only
 * interpreted by the value's {@code __format__}). Immutable and thread-safe.
 *
 * @param text the spec as written
 * @param fill the fill code point, when one is written before the alignment
 * @param align the alignment, {@link Align#DEFAULT} when none is written
 * @param sign the sign option, {@link Sign#DEFAULT} when none is written
 * @param noNegZero {@code z}: a negative zero after rounding prints without its sign
 * @param alternate {@code #}
 * @param zeroPad {@code 0} before the width
 * @param width the minimum width, when written
 * @param grouping the thousands separator
 * @param precision the precision, when written
 * @param type the presentation type code point, when written
 * @param error a ValueError message found while parsing, raised on use
 * @param trailing whether characters remain after the type: "Invalid format specifier ... for object of type ..."
 */
record Spec(String text, OptionalInt fill, Align align, Sign sign, boolean noNegZero, boolean alternate,
        boolean zeroPad, OptionalLong width, Grouping grouping, OptionalLong precision, OptionalInt type,
        Optional<String> error, boolean trailing) {

    /** Largest width or float precision that is honoured; larger ones are refused instead of exhausting memory. */
    static final long MAX_SIZE = 10_000_000L;

    static final Spec EMPTY = plain("", Optional.empty(), false);

    /** {@code [align]}: where the padding goes. */
    enum Align {
        /** None written: the value type's default (left for str, right for numbers). */
        DEFAULT,
        /** {@code <} */
        LEFT,
        /** {@code >} */
        RIGHT,
        /** {@code ^} */
        CENTER,
        /** {@code =}: padding between the sign (and prefix) and the digits. */
        AFTER_SIGN;

        static Align of(char c) {
            switch (c) {
                case '<':
                    return LEFT;
                case '>':
                    return RIGHT;
                case '^':
                    return CENTER;
                case '=':
                    return AFTER_SIGN;
                default:
                    return null;
            }
        }
    }

    /** {@code [sign]}. */
    enum Sign {
        /** None written: behaves as {@link #MINUS} for numbers, and is the only one a str accepts. */
        DEFAULT,
        /** {@code -}: a sign only for negative numbers. */
        MINUS,
        /** {@code +}: a sign for every number. */
        PLUS,
        /** {@code ' '}: a space before positive numbers. */
        SPACE;

        static Sign of(char c) {
            switch (c) {
                case '-':
                    return MINUS;
                case '+':
                    return PLUS;
                case ' ':
                    return SPACE;
                default:
                    return null;
            }
        }

        /** The character written before a number that is not negative ({@code +}, a space, or none: 0). */
        char positiveMark() {
            return this == PLUS ? '+' : this == SPACE ? ' ' : 0;
        }
    }

    /** {@code [grouping]}: the thousands separator. */
    enum Grouping {
        NONE((char) 0),
        COMMA(','),
        UNDERSCORE('_');

        private final char separator;

        Grouping(char separator) {
            this.separator = separator;
        }

        /** The separator character; only for {@link #COMMA} and {@link #UNDERSCORE}. */
        char separator() {
            return separator;
        }
    }

    static Spec parse(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        int n = text.length();
        int pos = 0;
        OptionalInt fill = OptionalInt.empty();
        Align align = Align.DEFAULT;
        int c0 = text.codePointAt(0);
        int c0len = Character.charCount(c0);
        if (c0len < n && Align.of(text.charAt(c0len)) != null) {
            fill = OptionalInt.of(c0);
            align = Align.of(text.charAt(c0len));
            pos = c0len + 1;
        } else if (Align.of(text.charAt(0)) != null) {
            align = Align.of(text.charAt(0));
            pos = 1;
        }
        Sign sign = Sign.DEFAULT;
        if (pos < n && Sign.of(text.charAt(pos)) != null) {
            sign = Sign.of(text.charAt(pos++));
        }
        boolean noNegZero = pos < n && text.charAt(pos) == 'z';
        if (noNegZero) {
            pos++;
        }
        boolean alternate = pos < n && text.charAt(pos) == '#';
        if (alternate) {
            pos++;
        }
        boolean zeroPad = fill.isEmpty() && pos < n && text.charAt(pos) == '0';
        if (zeroPad) {
            pos++;
        }
        int end = DecimalInteger.end(text, pos);
        OptionalLong width = OptionalLong.empty();
        if (end > pos) {
            width = DecimalInteger.value(text, pos, end);
            if (width.isEmpty()) {
                return plain(text, Optional.of(DecimalInteger.TOO_MANY_DIGITS), false);
            }
        }
        pos = end;
        Grouping grouping = Grouping.NONE;
        if (pos < n && text.charAt(pos) == ',') {
            grouping = Grouping.COMMA;
            pos++;
        }
        if (pos < n && text.charAt(pos) == '_') {
            if (grouping != Grouping.NONE) {
                return plain(text, Optional.of("Cannot specify both ',' and '_'."), false);
            }
            grouping = Grouping.UNDERSCORE;
            pos++;
        }
        if (pos < n && text.charAt(pos) == ',' && grouping == Grouping.UNDERSCORE) {
            return plain(text, Optional.of("Cannot specify both ',' and '_'."), false);
        }
        OptionalLong precision = OptionalLong.empty();
        if (pos < n && text.charAt(pos) == '.') {
            pos++;
            end = DecimalInteger.end(text, pos);
            if (end == pos) {
                return plain(text, Optional.of("Format specifier missing precision"), false);
            }
            precision = DecimalInteger.value(text, pos, end);
            if (precision.isEmpty()) {
                return plain(text, Optional.of(DecimalInteger.TOO_MANY_DIGITS), false);
            }
            pos = end;
        }
        OptionalInt type = OptionalInt.empty();
        if (pos < n) {
            int t = text.codePointAt(pos);
            if (pos + Character.charCount(t) < n) {
                return plain(text, Optional.empty(), true);
            }
            type = OptionalInt.of(t);
        }
        return new Spec(text, fill, align, sign, noNegZero, alternate, zeroPad, width, grouping, precision, type,
                Optional.empty(), false);
    }

    /** A spec with no options: the empty one, or one whose parse stopped at an error raised on use. */
    private static Spec plain(String text, Optional<String> error, boolean trailing) {
        return new Spec(text, OptionalInt.empty(), Align.DEFAULT, Sign.DEFAULT, false, false, false,
                OptionalLong.empty(), Grouping.NONE, OptionalLong.empty(), OptionalInt.empty(), error, trailing);
    }

    /** Whether the spec is {@code ""}: {@code format(v, '')} is {@code str(v)}. */
    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether parsing found no error ({@link #check} may still refuse the spec for a value's type). */
    boolean isValid() {
        return error.isEmpty() && !trailing;
    }

    /**
     * Raises the type-independent errors and the checks that depend on the default type of the value
     * ({@code 'd'} for int, none (0) for float, {@code 's'} for str), then returns the effective type.
     */
    int check(String typeName, int defaultType) {
        if (error.isPresent()) {
            throw FormatException.value(error.get());
        }
        if (trailing) {
            throw FormatException.value("Invalid format specifier '" + text + "' for object of type '" + typeName + "'");
        }
        int t = type.orElse(defaultType);
        if (grouping != Grouping.NONE) {
            switch (t) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == Grouping.UNDERSCORE) {
                        break;
                    }
                    throw FormatException.value("Cannot specify ',' with '" + (char) t + "'.");
                default:
                    throw FormatException.value("Cannot specify '" + grouping.separator() + "' with " + codeText(t) + ".");
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
    Align alignFor(Align defaultAlign) {
        if (align != Align.DEFAULT) {
            return align;
        }
        if (zeroPad && defaultAlign == Align.RIGHT) {
            return Align.AFTER_SIGN;
        }
        return defaultAlign;
    }

    /** Effective fill: the one written, else '0' with zero padding, else a space. */
    int fillFor() {
        return fill.orElse(zeroPad ? '0' : ' ');
    }
}
