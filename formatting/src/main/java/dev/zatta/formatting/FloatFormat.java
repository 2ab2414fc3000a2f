package dev.zatta.formatting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code PyOS_double_to_string}: a double as the digits Python prints for the format codes
 * {@code 'r'} (shortest round-trip repr), {@code 'e'}, {@code 'f'} and {@code 'g'}.
 *
 * <p>Digits are correct by construction: every rounding is done on the exact binary value of the
 * double ({@code new BigDecimal(double)}) with round-half-even, as David Gay's {@code dtoa} does for
 * CPython; the shortest repr is the shortest decimal inside the double's rounding interval (exact
 * bounds, ties resolved by the even mantissa), nearest to the value. A fast path for {@code 'f'}
 * with small precision uses exact 128-bit integer arithmetic instead. Stateless and thread-safe.
 */
final class FloatFormat {
    private FloatFormat() {}

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Digits without trailing zeros (or "0" for zero) and the decimal point position, Gay's (digits, decpt). */
    static final class Digits {
        final String digits;
        final int decpt;

        Digits(String digits, int decpt) {
            this.digits = digits;
            this.decpt = decpt;
        }
    }

    /**
     * The Python string of {@code v} (sign '-' included when negative) for code 'r', 'e', 'f' or
     * 'g' — {@code PyOS_double_to_string} without the '+' sign flag.
     */
    static String toPython(double v, char code, int precision, boolean addDot0, boolean alt, boolean noNegZero,
            boolean upper) {
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isNaN(v)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(v)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        double a = Math.abs(v);
        if (code == 'f') {
            String plain = fixed(a, precision);
            if (negative && noNegZero && isAllZero(plain)) {
                negative = false;
            }
            StringBuilder b = new StringBuilder(plain.length() + 2);
            if (negative) {
                b.append('-');
            }
            b.append(plain);
            if (alt && precision == 0) {
                b.append('.');
            }
            return b.toString();
        }
        Digits d;
        switch (code) {
            case 'r':
                d = shortest(a);
                break;
            case 'e':
                d = significant(a, precision + 1);
                break;
            case 'g':
                d = significant(a, precision == 0 ? 1 : precision);
                break;
            default:
                throw new IllegalStateException("format code " + code);
        }
        if (negative && noNegZero && d.digits.equals("0")) {
            negative = false;
        }
        int p = code == 'g' && precision == 0 ? 1 : precision;
        return layout(d, code, p, negative, addDot0, alt, upper);
    }

    private static boolean isAllZero(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code format_float_short}'s placement of digits, decimal point, zeros and exponent. */
    private static String layout(Digits d, char code, int precision, boolean negative, boolean addDot0, boolean alt,
            boolean upper) {
        String digits = d.digits;
        int digitsLen = digits.length();
        long decpt = d.decpt;
        boolean useExp = false;
        long vEnd = digitsLen;
        switch (code) {
            case 'e':
                useExp = true;
                vEnd = precision + 1L;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1L : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
            default:
                throw new IllegalStateException();
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        StringBuilder b = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, vEnd - vStart + 8));
        if (negative) {
            b.append('-');
        }
        if (decpt <= 0) {
            repeat(b, '0', decpt - vStart);
            b.append('.');
            repeat(b, '0', -decpt);
        } else {
            repeat(b, '0', -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            b.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLen);
        } else {
            b.append(digits);
        }
        if (digitsLen < decpt) {
            repeat(b, '0', decpt - digitsLen);
            b.append('.');
            repeat(b, '0', vEnd - decpt);
        } else {
            repeat(b, '0', vEnd - digitsLen);
        }
        if (b.charAt(b.length() - 1) == '.' && !alt) {
            b.setLength(b.length() - 1);
        }
        if (useExp) {
            b.append(upper ? 'E' : 'e');
            b.append(exp < 0 ? '-' : '+');
            long ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        }
        return b.toString();
    }

    private static void repeat(StringBuilder b, char c, long n) {
        for (long i = 0; i < n; i++) {
            b.append(c);
        }
    }

    /** {@code a} (finite, non-negative) rounded half-even to {@code n >= 1} significant digits. */
    static Digits significant(double a, int n) {
        if (a == 0) {
            return new Digits("0", 1);
        }
        if (n <= 17) {
            Digits fast = significantFast(a, n);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal exact = new BigDecimal(a);
        BigDecimal r = n >= exact.precision() ? exact : exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        return digitsOf(r);
    }

    private static Digits digitsOf(BigDecimal r) {
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(u.substring(0, end), decpt);
    }

    /** Python's repr digits: the shortest decimal that reads back as {@code a} (finite, non-negative). */
    static Digits shortest(double a) {
        if (a == 0) {
            return new Digits("0", 1);
        }
        if (a < 0x1p53 && a == Math.rint(a)) {
            // every integer below 2^53 is a double, 1 or less apart: the integer itself is the shortest
            return digitsOf(Long.toString((long) a), 0);
        }
        Digits fast = shortestFast(a);
        if (fast != null) {
            return fast;
        }
        return shortestExact(a);
    }

    /** {@link #shortest} with exact BigDecimal bounds of the rounding interval. */
    static Digits shortestExact(double a) {
        BigDecimal exact = new BigDecimal(a);
        BigDecimal high = a == Double.MAX_VALUE
                ? exact.add(new BigDecimal(Math.ulp(a)).multiply(HALF))
                : exact.add(new BigDecimal(Math.nextUp(a))).multiply(HALF);
        BigDecimal low = exact.add(new BigDecimal(Math.nextDown(a))).multiply(HALF);
        boolean even = (Double.doubleToRawLongBits(a) & 1) == 0;
        boolean highInclusive = even && a != Double.MAX_VALUE;
        // Double.toString always round-trips; the shortest has at most as many digits.
        int upper = Math.min(17, significantDigitCount(Double.toString(a)));
        BigDecimal best = candidate(exact, upper, low, high, even, highInclusive);
        while (best == null && upper < 17) {
            upper++;
            best = candidate(exact, upper, low, high, even, highInclusive);
        }
        // Monotone: if no n-digit decimal round-trips, no shorter one does either.
        for (int n = upper - 1; n >= 1; n--) {
            BigDecimal c = candidate(exact, n, low, high, even, highInclusive);
            if (c == null) {
                break;
            }
            best = c;
        }
        return digitsOf(best);
    }

    private static int significantDigitCount(String javaString) {
        int count = 0;
        boolean leading = true;
        int lastNonZero = 0;
        for (int i = 0; i < javaString.length(); i++) {
            char c = javaString.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                if (leading && c == '0') {
                    continue;
                }
                leading = false;
                count++;
                if (c != '0') {
                    lastNonZero = count;
                }
            }
        }
        return Math.max(1, lastNonZero);
    }

    /** The n-digit decimal nearest to exact that lies in the rounding interval, or null. */
    private static BigDecimal candidate(BigDecimal exact, int n, BigDecimal low, BigDecimal high, boolean even,
            boolean highInclusive) {
        BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (inside(r, low, high, even, highInclusive)) {
            return r;
        }
        BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(r.precision() - r.scale() - n);
        BigDecimal other = r.compareTo(exact) > 0 ? r.subtract(ulp) : r.add(ulp);
        if (other.signum() > 0 && inside(other, low, high, even, highInclusive)) {
            return other;
        }
        return null;
    }

    private static boolean inside(BigDecimal c, BigDecimal low, BigDecimal high, boolean even, boolean highInclusive) {
        int lo = c.compareTo(low);
        int hi = c.compareTo(high);
        return (lo > 0 || (lo == 0 && even)) && (hi < 0 || (hi == 0 && highInclusive));
    }

    /** Digits of {@code q * 10^exp10} with trailing zeros stripped. */
    private static Digits digitsOf(String q, long exp10) {
        int end = q.length();
        while (end > 1 && q.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(q.substring(0, end), (int) (q.length() + exp10));
    }

    private static int digitCount(long q) {
        int d = 1;
        while (d < 19 && q >= POW10[d]) {
            d++;
        }
        return d;
    }

    /**
     * {@code a > 0} rounded half-even to {@code n <= 17} significant digits with exact integer arithmetic
     * ({@code round(a * 10^s)} by {@link #roundScaled}), or null when {@code 10^s} is out of its range.
     */
    static Digits significantFast(double a, int n) {
        int k = (int) Math.floor(Math.log10(a)); // may be one off near powers of ten: corrected below
        for (int attempt = 0; attempt < 3; attempt++) {
            int s = n - 1 - k;
            if (s < 0 || s > MAX_SCALE) {
                return null;
            }
            long q = roundScaledAny(a, s);
            if (q < 0) {
                return null;
            }
            if (q == POW10[n]) {
                return new Digits("1", k + 2); // rounding carried into a new digit (or k was one low)
            }
            int d = digitCount(q);
            if (d == n) {
                if (q == POW10[n - 1]) {
                    // 10^k: exact, a carry, or k one too high with a just below 10^k; the finer scale decides
                    if (s + 1 > MAX_SCALE) {
                        return null;
                    }
                    long q2 = roundScaledAny(a, s + 1);
                    if (q2 < 0) {
                        return null;
                    }
                    if (q2 != POW10[n] && digitCount(q2) == n) {
                        return digitsOf(Long.toString(q2), -(s + 1));
                    }
                }
                return digitsOf(Long.toString(q), -s);
            }
            k += d > n ? 1 : -1;
        }
        return null;
    }

    /**
     * Shortest round-trip digits by exact integer rounding ({@link #significantFast}) and the JDK's
     * correctly rounded {@code Double.parseDouble} as the round-trip test; null when out of range.
     */
    static Digits shortestFast(double a) {
        int upper = Math.min(17, significantDigitCount(Double.toString(a)));
        Digits best = roundTripping(a, upper);
        while (best == null && upper < 17) {
            upper++;
            best = roundTripping(a, upper);
        }
        if (best == null) {
            return null;
        }
        for (int n = upper - 1; n >= 1; n--) {
            Digits c = roundTripping(a, n);
            if (c == null) {
                // either no n-digit decimal reads back as a, or the fast path cannot tell: ask the exact one
                if (!fastCovers(a, n)) {
                    return null;
                }
                break;
            }
            best = c;
        }
        return best;
    }

    private static boolean fastCovers(double a, int n) {
        return significantFast(a, n) != null;
    }

    /** The n-digit decimal nearest to a that reads back as a (or its neighbour that does), else null. */
    private static Digits roundTripping(double a, int n) {
        Digits d = significantFast(a, n);
        if (d == null) {
            return null;
        }
        long q = Long.parseLong(d.digits);
        long exp10 = (long) d.decpt - d.digits.length();
        if (Double.parseDouble(q + "E" + exp10) == a) {
            return d;
        }
        // the nearest n-digit value is outside the rounding interval; one on the other side may be inside
        long scale = POW10[n - d.digits.length()];
        long full = q * scale;
        long e2 = exp10 - (n - d.digits.length());
        for (long c : new long[] {full - 1, full + 1}) {
            if (c > 0 && Double.parseDouble(c + "E" + e2) == a) {
                return digitsOf(Long.toString(c), e2);
            }
        }
        return null;
    }

    /** {@code a} (finite, non-negative) with exactly {@code precision} decimals, correctly rounded half-even. */
    static String fixed(double a, int precision) {
        if (precision <= 17) {
            String fast = fixedFast(a, precision);
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
            repeat(b, '0', precision - have);
            return b.toString();
        }
        return exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Exact fast path of {@link #fixed}: with {@code a = m * 2^e}, the result is
     * {@code round_half_even(m * 10^p / 2^-e)} computed in 128-bit integers; null when it would
     * not fit a long.
     */
    static String fixedFast(double a, int p) {
        long q = roundScaled(a, p);
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

    /** Largest decimal scale of the integer paths: enough for the smallest subnormal at 17 digits. */
    private static final int MAX_SCALE = 342;
    private static final BigInteger[] BIG_POW10 = new BigInteger[MAX_SCALE + 1];

    static {
        BIG_POW10[0] = BigInteger.ONE;
        for (int i = 1; i <= MAX_SCALE; i++) {
            BIG_POW10[i] = BIG_POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    /**
     * {@link #roundScaled} for {@code 0 <= p <= 342}: 64/128-bit arithmetic when it fits, else the same
     * computation with BigInteger (still far smaller numbers than {@code new BigDecimal(a)} for tiny
     * values); -1 when the result would not fit a long.
     */
    static long roundScaledAny(double a, int p) {
        if (p <= 18) {
            long q = roundScaled(a, p);
            if (q >= 0) {
                return q;
            }
        }
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        if (m == 0) {
            return 0;
        }
        BigInteger prod = BigInteger.valueOf(m).multiply(BIG_POW10[p]);
        if (e >= 0) {
            prod = prod.shiftLeft(e);
            return prod.bitLength() < 63 ? prod.longValue() : -1;
        }
        int k = -e;
        BigInteger q = prod.shiftRight(k);
        if (q.bitLength() >= 63) {
            return -1;
        }
        long r = q.longValue();
        // remainder vs half: bit k-1, then any lower bit
        if (prod.testBit(k - 1)) {
            boolean moreThanHalf = prod.getLowestSetBit() < k - 1;
            if (moreThanHalf || (r & 1) == 1) {
                r++;
            }
        }
        return r;
    }

    /**
     * {@code round_half_even(a * 10^p)} for finite {@code a >= 0} and {@code 0 <= p <= 18}, exactly: with
     * {@code a = m * 2^e} it is {@code m * 10^p} (128-bit) shifted right by {@code -e} with rounding;
     * -1 when the result would not fit a long.
     */
    static long roundScaled(double a, int p) {
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        long q;
        if (m == 0) {
            q = 0;
        } else if (e >= 0) {
            if (e > 9) {
                return -1;
            }
            long iv = m << e; // < 2^62
            if (p > 0 && iv > Long.MAX_VALUE / POW10[p]) {
                return -1;
            }
            q = iv * POW10[p];
        } else {
            int k = -e;
            long f = POW10[p];
            long hi = Math.multiplyHigh(m, f);
            long lo = m * f;
            long rem;
            long half;
            boolean up;
            if (k < 64) {
                long qlo = (lo >>> k) | (k == 0 ? 0 : hi << (64 - k));
                long qhi = hi >>> k;
                if (qhi != 0 || qlo < 0) {
                    return -1;
                }
                q = qlo;
                rem = lo & ((1L << k) - 1);
                half = 1L << (k - 1);
                int cmp = Long.compareUnsigned(rem, half);
                up = cmp > 0 || (cmp == 0 && (q & 1) == 1);
            } else if (k == 64) {
                q = hi;
                if (q < 0) {
                    return -1;
                }
                int cmp = Long.compareUnsigned(lo, 1L << 63);
                up = cmp > 0 || (cmp == 0 && (q & 1) == 1);
            } else if (k < 128) {
                int s = k - 64;
                q = hi >>> s;
                long remHi = hi & ((1L << s) - 1);
                long halfHi = 1L << (s - 1);
                int cmp = Long.compareUnsigned(remHi, halfHi);
                if (cmp == 0) {
                    cmp = lo != 0 ? 1 : 0;
                }
                up = cmp > 0 || (cmp == 0 && (q & 1) == 1);
            } else {
                q = 0;
                up = false; // m * 10^p < 2^117 < 2^(k-1)
            }
            if (up) {
                q++;
            }
        }
        return q;
    }

    /**
     * Appends {@code v} with {@code p <= 17} decimals as Python's {@code 'f'} does (sign of negative zero
     * kept unless {@code noNegZero}), straight from the exact integer rounding; false (nothing appended)
     * when {@code v} is not finite or too large for that path.
     */
    static boolean appendFixedFast(StringBuilder out, double v, int p, boolean alt, boolean noNegZero) {
        if (p > 17 || !Double.isFinite(v)) {
            return false;
        }
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        long q = roundScaled(Math.abs(v), p);
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

    /** Python's {@code float(int)}: correctly rounded, or OverflowError. */
    static double intToFloat(BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw new FormatException("OverflowError", "int too large to convert to float");
        }
        return d;
    }
}
