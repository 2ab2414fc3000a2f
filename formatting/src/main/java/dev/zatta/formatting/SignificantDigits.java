package dev.zatta.formatting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double rounded half-even to {@code n} significant digits, on its exact binary value, as Gay's
 * {@code dtoa} mode 2 does for CPython's {@code 'e'} and {@code 'g'}: exact integer arithmetic
 * ({@link ScaledRounding}) for {@code n <= 17} when the scale is in range, else
 * {@code new BigDecimal(double)}. Stateless and thread-safe.
 */
final class SignificantDigits {
    private SignificantDigits() {}

    /** {@code a} (finite, non-negative) rounded half-even to {@code n >= 1} significant digits. */
    static Digits of(double a, int n) {
        if (a == 0) {
            return Digits.ZERO;
        }
        if (n <= 17) {
            Digits fast = fast(a, n);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal exact = new BigDecimal(a);
        BigDecimal r = n >= exact.precision() ? exact : exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        return Digits.of(r);
    }

    /**
     * {@code a > 0} rounded half-even to {@code n <= 17} significant digits with exact integer arithmetic
     * ({@code round(a * 10^s)} by {@link ScaledRounding#roundScaledAny}), or null when {@code 10^s} is out of
     * its range.
     */
    static Digits fast(double a, int n) {
        int k = (int) Math.floor(Math.log10(a)); // may be one off near powers of ten: corrected below
        for (int attempt = 0; attempt < 3; attempt++) {
            int s = n - 1 - k;
            if (s < 0 || s > ScaledRounding.MAX_SCALE) {
                return null;
            }
            long q = ScaledRounding.roundScaledAny(a, s);
            if (q < 0) {
                return null;
            }
            if (q == ScaledRounding.pow10(n)) {
                return new Digits("1", k + 2); // rounding carried into a new digit (or k was one low)
            }
            int d = ScaledRounding.digitCount(q);
            if (d == n) {
                if (q == ScaledRounding.pow10(n - 1)) {
                    // 10^k: exact, a carry, or k one too high with a just below 10^k; the finer scale decides
                    if (s + 1 > ScaledRounding.MAX_SCALE) {
                        return null;
                    }
                    long q2 = ScaledRounding.roundScaledAny(a, s + 1);
                    if (q2 < 0) {
                        return null;
                    }
                    if (q2 != ScaledRounding.pow10(n) && ScaledRounding.digitCount(q2) == n) {
                        return Digits.of(Long.toString(q2), -(s + 1));
                    }
                }
                return Digits.of(Long.toString(q), -s);
            }
            k += d > n ? 1 : -1;
        }
        return null;
    }
}
