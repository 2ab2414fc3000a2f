package dev.zatta.formatting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code format(decimal.Decimal, spec)} for {@link BigDecimal}, as CPython 3.11's {@code _decimal}
 * does it with libmpdec ({@code mpd_parse_fmt_str}, {@code mpd_qformat_spec}): the default context
 * (round-half-even, capital {@code E}), types {@code e E f F g G n N %} and none, fill, align, sign,
 * {@code z}, {@code 0}, width, {@code ,} and precision; every other spec is "invalid format string".
 * A BigDecimal is a Decimal with the coefficient {@code unscaledValue} and exponent {@code -scale};
 * it has no negative zero, NaN or infinity. Stateless and thread-safe.
 */
final class PyDecimal {
    private PyDecimal() {}

    private static FormatException invalid() {
        return FormatException.value("invalid format string");
    }

    static void format(StringBuilder out, BigDecimal d, String spec) {
        if (spec.isEmpty()) {
            out.append(d.toString());
            return;
        }
        // ---- mpd_parse_fmt_str (plus _decimal's handling of 'z') ----
        int n = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = '>';
        boolean haveAlign = false;
        int c0 = spec.codePointAt(0);
        int c0len = Character.charCount(c0);
        if (c0len < n && "<>=^".indexOf(spec.charAt(c0len)) >= 0) {
            fill = c0;
            align = spec.charAt(c0len);
            haveAlign = true;
            pos = c0len + 1;
        } else if ("<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            haveAlign = true;
            pos = 1;
        }
        char sign = 0;
        if (pos < n && "+- ".indexOf(spec.charAt(pos)) >= 0) {
            sign = spec.charAt(pos++);
        }
        boolean noNegZero = false;
        if (pos < n && spec.charAt(pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean zeroPad = false;
        if (pos < n && spec.charAt(pos) == '0') {
            if (haveAlign) {
                throw invalid();
            }
            zeroPad = true;
            fill = '0';
            pos++;
        }
        long width = -1;
        if (pos < n && isDigit(spec.charAt(pos))) {
            if (spec.charAt(pos) == '0') {
                throw invalid();
            }
            int start = pos;
            while (pos < n && isDigit(spec.charAt(pos))) {
                pos++;
            }
            width = parseSize(spec.substring(start, pos));
        }
        boolean comma = false;
        if (pos < n && spec.charAt(pos) == ',') {
            comma = true;
            pos++;
        }
        long prec = -1;
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            if (pos >= n || !isDigit(spec.charAt(pos))) {
                throw invalid();
            }
            int start = pos;
            while (pos < n && isDigit(spec.charAt(pos))) {
                pos++;
            }
            prec = parseSize(spec.substring(start, pos));
        }
        char type = 'G';
        if (pos < n && "eEfFgG%".indexOf(spec.charAt(pos)) >= 0) {
            type = spec.charAt(pos++);
        } else if (pos < n && (spec.charAt(pos) == 'n' || spec.charAt(pos) == 'N')) {
            if (comma) {
                throw invalid();
            }
            type = spec.charAt(pos++) == 'N' ? 'G' : 'g';
        }
        if (pos != n) {
            throw invalid();
        }
        if (width > Spec.MAX_SIZE) {
            throw FormatException.value("width " + width + " is larger than the supported maximum of " + Spec.MAX_SIZE);
        }
        if (prec > Spec.MAX_SIZE) {
            throw FormatException.value("precision " + prec + " is larger than the supported maximum of "
                    + Spec.MAX_SIZE);
        }
        // ---- mpd_qformat_spec ----
        boolean upper = Character.isUpperCase(type);
        char t = Character.toLowerCase(type);
        boolean negative = d.signum() < 0;
        BigInteger coeff = d.unscaledValue().abs();
        long exp = -(long) d.scale();
        boolean percent = false;
        long dplace = 1;
        if (t == '%') {
            percent = true;
            exp += 2;
            t = 'f';
        }
        BigDecimal v = new BigDecimal(coeff, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, -exp)));
        if (prec >= 0) {
            switch (t) {
                case 'g': {
                    int p = prec == 0 ? 1 : (int) prec;
                    if (v.precision() > p) {
                        v = v.round(new MathContext(p, RoundingMode.HALF_EVEN));
                    }
                    break;
                }
                case 'e':
                    if (v.signum() == 0) {
                        dplace = 1 - prec;
                    } else if (v.precision() > prec + 1) {
                        v = v.round(new MathContext((int) prec + 1, RoundingMode.HALF_EVEN));
                    } else {
                        // mpd rescales to exactly prec+1 digits (adds trailing zeros)
                        v = v.setScale(v.scale() + (int) (prec + 1 - v.precision()));
                    }
                    break;
                default:
                    v = v.setScale((int) prec, RoundingMode.HALF_EVEN);
            }
        }
        if (t == 'f' && v.signum() == 0 && v.scale() < 0) {
            v = v.setScale(0);
        }
        // CPython 3.11's _decimal rounds for the 'z' test only for the lower-case types 'f' and '%'
        // (and 'e', 'g', which never round a non-zero value to zero); for 'F' it tests the value itself.
        if (noNegZero && (type == 'f' || type == '%' ? v.signum() == 0 : d.signum() == 0)) {
            negative = false;
        }
        String digits = v.unscaledValue().toString();
        long e = -(long) v.scale();
        long ldigits = digits.length() + e;
        if (t != 'e' && (t == 'f' || (e <= 0 && ldigits > -6))) {
            dplace = ldigits; // fixed-point notation
        }
        StringBuilder s = new StringBuilder(digits.length() + 16);
        if (dplace <= 0) {
            s.append("0.");
            for (long k = 0; k < -dplace; k++) {
                s.append('0');
            }
            s.append(digits);
        } else if (dplace >= digits.length()) {
            s.append(digits);
            for (long k = 0; k < dplace - digits.length(); k++) {
                s.append('0');
            }
        } else {
            s.append(digits, 0, (int) dplace).append('.').append(digits, (int) dplace, digits.length());
        }
        if (ldigits != dplace || t == 'e') {
            long x = ldigits - dplace;
            s.append(upper ? 'E' : 'e').append(x < 0 ? '-' : '+').append(Math.abs(x));
        }
        if (percent) {
            s.append('%');
        }
        // ---- _mpd_apply_lconv: decimal point, separators, zero padding ----
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String body = s.toString();
        int intEnd = 0;
        while (intEnd < body.length() && isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        boolean hasDot = intEnd < body.length() && body.charAt(intEnd) == '.';
        String result;
        if (!hasDot && !comma) {
            result = signText + body;
        } else {
            result = addSeparators(signText, body.substring(0, intEnd), hasDot, body.substring(hasDot ? intEnd + 1 : intEnd),
                    comma, zeroPad, width);
        }
        // ---- _mpd_add_pad ----
        int nchars = result.codePointCount(0, result.length());
        if (width > nchars) {
            long add = width - nchars;
            char a = zeroPad ? '=' : align;
            long left;
            long right;
            if (a == '<') {
                left = 0;
                right = add;
            } else if (a == '>' || a == '=') {
                left = add;
                right = 0;
            } else {
                left = add / 2;
                right = add - left;
            }
            int at = 0;
            if (a == '=' && !result.isEmpty() && "+- ".indexOf(result.charAt(0)) >= 0) {
                out.append(result.charAt(0));
                at = 1;
            }
            Chars.repeat(out, fill, left);
            out.append(result, at, result.length());
            Chars.repeat(out, fill, right);
        } else {
            out.append(result);
        }
    }

    /** libmpdec's {@code _mpd_add_sep_dot}, building the string from the right. */
    private static String addSeparators(String sign, String intPart, boolean dot, String rest, boolean comma,
            boolean zeroPad, long minWidth) {
        StringBuilder rev = new StringBuilder();
        rev.append(new StringBuilder(rest).reverse());
        long nchars = rest.length();
        if (dot) {
            rev.append('.');
            nchars++;
        }
        int group = comma ? 3 : 0;
        int nSign = sign.isEmpty() ? 0 : 1;
        long nSrc = intPart.length();
        long consume = group;
        boolean pad = false;
        int srcEnd = intPart.length();
        while (true) {
            if (group == 0 || consume > nSrc) {
                consume = nSrc;
            }
            nSrc -= consume;
            for (long k = 0; k < consume; k++) {
                rev.append(pad ? '0' : intPart.charAt(--srcEnd));
            }
            nchars += consume;
            if (nSrc == 0) {
                if (zeroPad && nchars + nSign < minWidth) {
                    nSrc = minWidth - (nchars + nSign);
                    consume = group - consume;
                    pad = true;
                    continue;
                }
                break;
            }
            if (comma) {
                if (pad && nSrc > 1) {
                    nSrc -= 1;
                }
                rev.append(',');
                nchars++;
            }
            consume = group;
        }
        return sign + rev.reverse();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long parseSize(String digits) {
        if (digits.length() > 18) {
            throw invalid();
        }
        return Long.parseLong(digits);
    }
}
