package dev.zatta.formatting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A double with exactly {@code p} decimals, rounded half-even on its exact binary value, as CPython's
 * {@code 'f'} (Gay's {@code dtoa} mode 3): {@code round(m * 10^p / 2^-e)} in 128-bit integers
 * ({@link ScaledRounding#roundScaled}) for {@code p <= 17} when the result fits a long, else
 * {@code new BigDecimal(double)}. Stateless and thread-safe.
 */
final class FixedDigits {
    private FixedDigits() {}

    /** {@code a} (finite, non-negative) with exactly {@code precision} decimals, correctly rounded half-even. */
    static String of(double a, int precision) {
        if (precision <= 17) {
            String fast = fast(a, precision);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal exact = new BigDecimal(a);
        if (precision >= exact.scale()) {
            String plain = exact.toPlainString();
            int have = Math.max(exact.scale(), 0);
            StringBuilder b = new StringBuilder(plain.length() + precision - have + 1);
            b.append(plain);
            if (precision > 0 && have == 0) {
                b.append('.');
            }
            Chars.repeat(b, '0', precision - have);
            return b.toString();
        }
        return exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * The exact fast path of {@link #of}: with {@code a = m * 2^e}, the result is
     * {@code round_half_even(m * 10^p / 2^-e)} computed in 128-bit integers; null when it would
     * not fit a long.
     */
    static String fast(double a, int p) {
        long q = ScaledRounding.roundScaled(a, p);
        if (q < 0) {
            return null;
        }
        String s = Long.toString(q);
        if (p == 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(p + 3);
        int intLen = s.length() - p;
        if (intLen <= 0) {
            b.append("0.");
            for (int i = intLen; i < 0; i++) {
                b.append('0');
            }
            b.append(s);
        } else {
            b.append(s, 0, intLen).append('.').append(s, intLen, s.length());
        }
        return b.toString();
    }

    /**
     * Appends {@code v} with {@code p <= 17} decimals as Python's {@code 'f'} does (sign of negative zero
     * kept unless {@code noNegZero}), straight from the exact integer rounding; false (nothing appended)
     * when {@code v} is not finite or too large for that path.
     */
    static boolean appendFast(StringBuilder out, double v, int p, boolean alt, boolean noNegZero) {
        if (p > 17 || !Double.isFinite(v)) {
            return false;
        }
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        long q = ScaledRounding.roundScaled(Math.abs(v), p);
        if (q < 0) {
            return false;
        }
        if (negative && !(noNegZero && q == 0)) {
            out.append('-');
        }
        char[] buf = new char[20];
        int i = buf.length;
        long x = q;
        do {
            buf[--i] = (char) ('0' + (int) (x % 10));
            x /= 10;
        } while (x != 0);
        int nd = buf.length - i;
        if (p == 0) {
            out.append(buf, i, nd);
            if (alt) {
                out.append('.');
            }
        } else if (nd <= p) {
            out.append("0.");
            for (int k = nd; k < p; k++) {
                out.append('0');
            }
            out.append(buf, i, nd);
        } else {
            out.append(buf, i, nd - p).append('.').append(buf, i + nd - p, p);
        }
        return true;
    }
}
