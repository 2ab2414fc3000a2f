package dev.zatta.formatting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr} digits of a double: the shortest decimal inside the double's rounding interval
 * (exact bounds, ties to the even mantissa), nearest to the value. A fast search tries the n-digit
 * roundings of {@link SignificantDigits#fast} with the JDK's correctly rounded
 * {@code Double.parseDouble} as the round-trip test; {@link #exact} computes the interval in BigDecimal.
 * {@code Double.toString} (not shortest in Java 17) only bounds the length. Stateless and thread-safe.
 */
final class ShortestDigits {
    private ShortestDigits() {}

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** Python's repr digits: the shortest decimal that reads back as {@code a} (finite, non-negative). */
    static Digits of(double a) {
        if (a == 0) {
            return Digits.ZERO;
        }
        if (a < 0x1p53 && a == Math.rint(a)) {
            // every integer below 2^53 is a double, 1 or less apart: the integer itself is the shortest
            return Digits.of(Long.toString((long) a), 0);
        }
        Digits fast = fast(a);
        if (fast != null) {
            return fast;
        }
        return exact(a);
    }

    /** {@link #of} with exact BigDecimal bounds of the rounding interval. */
    static Digits exact(double a) {
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
        return Digits.of(best);
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

    /**
     * Shortest round-trip digits by exact integer rounding ({@link SignificantDigits#fast}) and the JDK's
     * correctly rounded {@code Double.parseDouble} as the round-trip test; null when out of range.
     */
    static Digits fast(double a) {
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
                if (SignificantDigits.fast(a, n) == null) {
                    return null;
                }
                break;
            }
            best = c;
        }
        return best;
    }

    /** The n-digit decimal nearest to a that reads back as a (or its neighbour that does), else null. */
    private static Digits roundTripping(double a, int n) {
        Digits d = SignificantDigits.fast(a, n);
        if (d == null) {
            return null;
        }
        long q = Long.parseLong(d.digits());
        long exp10 = (long) d.decpt() - d.digits().length();
        if (Double.parseDouble(q + "E" + exp10) == a) {
            return d;
        }
        // the nearest n-digit value is outside the rounding interval; one on the other side may be inside
        long scale = ScaledRounding.pow10(n - d.digits().length());
        long full = q * scale;
        long e2 = exp10 - (n - d.digits().length());
        for (long c : new long[] {full - 1, full + 1}) {
            if (c > 0 && Double.parseDouble(c + "E" + e2) == a) {
                return Digits.of(Long.toString(c), e2);
            }
        }
        return null;
    }
}
