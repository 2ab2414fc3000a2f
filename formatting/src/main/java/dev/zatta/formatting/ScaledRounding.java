package dev.zatta.formatting;

import java.math.BigInteger;

/**
 * {@code round_half_even(a * 10^p)} for a finite double {@code a >= 0}, exactly: with {@code a = m * 2^e}
 * (53-bit {@code m}) it is {@code m * 10^p} shifted right by {@code -e} with rounding, in 64/128-bit
 * integers ({@link Math#multiplyHigh}) when {@code 10^p} fits a long, in BigInteger up to the scale the
 * smallest subnormal needs at 17 digits. These are the integer fast paths of {@link FixedDigits} and
 * {@link SignificantDigits}. Stateless and thread-safe.
 */
final class ScaledRounding {
    private ScaledRounding() {}

    /** Largest decimal scale of {@link #roundScaledAny}: enough for the smallest subnormal at 17 digits. */
    static final int MAX_SCALE = 342;

    private static final long[] POW10 = new long[19];
    private static final BigInteger[] BIG_POW10 = new BigInteger[MAX_SCALE + 1];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
        BIG_POW10[0] = BigInteger.ONE;
        for (int i = 1; i <= MAX_SCALE; i++) {
            BIG_POW10[i] = BIG_POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    /** {@code 10^i} for {@code 0 <= i <= 18}. */
    static long pow10(int i) {
        return POW10[i];
    }

    /** The number of decimal digits of {@code q >= 0} (at most 19). */
    static int digitCount(long q) {
        int d = 1;
        while (d < 19 && q >= POW10[d]) {
            d++;
        }
        return d;
    }

    /** The integer {@code m} (at most 53 bits) of a finite {@code a >= 0} written {@code m * 2^e}. */
    private static long mantissa(double a) {
        long bits = Double.doubleToRawLongBits(a);
        long m = bits & 0xfffffffffffffL;
        return ((bits >>> 52) & 0x7ff) == 0 ? m : m | 1L << 52; // subnormals have no implicit leading bit
    }

    /** The exponent {@code e} of a finite {@code a >= 0} written {@code m * 2^e} with {@link #mantissa}. */
    private static int exponent(double a) {
        int biased = (int) (Double.doubleToRawLongBits(a) >>> 52) & 0x7ff;
        return biased == 0 ? -1074 : biased - 1075;
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
        long m = mantissa(a);
        int e = exponent(a);
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
        long m = mantissa(a);
        int e = exponent(a);
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
}
