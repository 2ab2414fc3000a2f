package dev.zatta.formatting;

import java.math.BigDecimal;

/**
 * Decimal digits of a non-negative double and where the decimal point goes, David Gay's
 * {@code (digits, decpt)}: the value is {@code 0.digits * 10^decpt}. Immutable.
 *
 * @param digits the significant digits without trailing zeros, or {@code "0"} for zero
 * @param decpt the position of the decimal point relative to the first digit
 */
record Digits(String digits, int decpt) {
    static final Digits ZERO = new Digits("0", 1);

    /** The digits of {@code q * 10^exp10}, trailing zeros stripped. */
    static Digits of(String q, long exp10) {
        return new Digits(q.substring(0, stripped(q)), (int) (q.length() + exp10));
    }

    /** The digits of {@code r}, trailing zeros stripped. */
    static Digits of(BigDecimal r) {
        String u = r.unscaledValue().toString();
        return new Digits(u.substring(0, stripped(u)), u.length() - r.scale());
    }

    private static int stripped(String q) {
        int end = q.length();
        while (end > 1 && q.charAt(end - 1) == '0') {
            end--;
        }
        return end;
    }
}
