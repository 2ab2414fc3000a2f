package dev.zatta.formatting;

/**
 * Python's {@code PyOS_double_to_string}: a double as the text Python prints for the format codes
 * {@code 'r'} (shortest round-trip repr), {@code 'e'}, {@code 'f'} and {@code 'g'}.
 *
 * <p>Digits are correct by construction: every rounding is done on the exact binary value of the
 * double with round-half-even, as David Gay's {@code dtoa} does for CPython. The jobs are split:
 * {@link ShortestDigits} ({@code 'r'}), {@link SignificantDigits} ({@code 'e'}, {@code 'g'}),
 * {@link FixedDigits} ({@code 'f'}), their exact integer arithmetic in {@link ScaledRounding}, and the
 * placement of point, zeros and exponent in {@link FloatLayout}. Stateless and thread-safe.
 */
final class FloatFormat {
    private FloatFormat() {}

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
            String plain = FixedDigits.of(a, precision);
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
                d = ShortestDigits.of(a);
                break;
            case 'e':
                d = SignificantDigits.of(a, precision + 1);
                break;
            case 'g':
                d = SignificantDigits.of(a, precision == 0 ? 1 : precision);
                break;
            default:
                throw new IllegalStateException("format code " + code);
        }
        if (negative && noNegZero && d.digits().equals("0")) {
            negative = false;
        }
        int p = code == 'g' && precision == 0 ? 1 : precision;
        return FloatLayout.layout(d, code, p, negative, addDot0, alt, upper);
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
}
