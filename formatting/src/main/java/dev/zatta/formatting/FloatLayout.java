package dev.zatta.formatting;

/**
 * CPython's {@code format_float_short} placement of a double's digits: the decimal point, the zeros
 * before and after the digits, and the exponent, for the codes {@code 'r'}, {@code 'e'} and {@code 'g'}.
 * Stateless and thread-safe.
 */
final class FloatLayout {
    private FloatLayout() {}

    /**
     * The digits {@code d} laid out for {@code code} at {@code precision} ({@code 'g'}'s 0 already made 1),
     * with a {@code '-'} when {@code negative}; {@code addDot0} gives {@code repr}'s {@code 1.0},
     * {@code alt} is {@code #}, {@code upper} writes {@code E}.
     */
    static String layout(Digits d, char code, int precision, boolean negative, boolean addDot0, boolean alt,
            boolean upper) {
        String digits = d.digits();
        int digitsLen = digits.length();
        long decpt = d.decpt();
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
                throw new IllegalStateException("format code " + code);
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
            Chars.repeat(b, '0', decpt - vStart);
            b.append('.');
            Chars.repeat(b, '0', -decpt);
        } else {
            Chars.repeat(b, '0', -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            b.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLen);
        } else {
            b.append(digits);
        }
        if (digitsLen < decpt) {
            Chars.repeat(b, '0', decpt - digitsLen);
            b.append('.');
            Chars.repeat(b, '0', vEnd - decpt);
        } else {
            Chars.repeat(b, '0', vEnd - digitsLen);
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
}
