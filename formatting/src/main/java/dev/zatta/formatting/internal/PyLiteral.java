package dev.zatta.formatting.internal;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reads a value written as a Python literal: {@code 3} (int → Long, or BigInteger when larger),
 * {@code 0.166}, {@code 1e-05}, {@code inf}, {@code nan} (float → Double), {@code 'svm'} or
 * {@code "svm"} (str, with Python's backslash escapes), {@code True}/{@code False} (Boolean),
 * {@code None} (null); anything else is a bare str. Stateless and thread-safe.
 */
public final class PyLiteral {
    private PyLiteral() {}

    private static final Pattern INT = Pattern.compile("[+-]?(0(_?0)*|[1-9](_?[0-9])*)");
    private static final String DIGITS = "[0-9](_?[0-9])*";
    private static final String EXP = "[eE][+-]?" + DIGITS;
    private static final Pattern FLOAT = Pattern.compile("[+-]?(" + "(" + DIGITS + ")?\\." + DIGITS + "(" + EXP + ")?"
            + "|" + DIGITS + "\\.(" + EXP + ")?" + "|" + DIGITS + EXP + "|inf|nan)");

    public static Object parse(String s) {
        switch (s) {
            case "None":
                return null;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                break;
        }
        if (INT.matcher(s).matches()) {
            BigInteger b = new BigInteger(s.replace("_", ""));
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (FLOAT.matcher(s).matches()) {
            String t = s.replace("_", "");
            if (t.endsWith("inf")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (t.endsWith("nan")) {
                return Double.NaN;
            }
            return Double.parseDouble(t);
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            String un = unquote(s);
            if (un != null) {
                return un;
            }
        }
        return s;
    }

    private static boolean isHex(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(s.charAt(k), 16) < 0 || s.charAt(k) > 'f') {
                return false;
            }
        }
        return true;
    }

    /** The str in a Python string literal, or null when {@code s} is not one. */
    static String unquote(String s) {
        char q = s.charAt(0);
        StringBuilder b = new StringBuilder(s.length());
        int end = s.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (c == q) {
                return null;
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= end) {
                return null;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\\': b.append('\\'); break;
                case '\'': b.append('\''); break;
                case '"': b.append('"'); break;
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case '0': b.append('\0'); break;
                case 'a': b.append('\u0007'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'v': b.append('\u000b'); break;
                case 'x': case 'u': case 'U': {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n >= end || !isHex(s, i + 1, i + 1 + n)) {
                        return null;
                    }
                    int cp;
                    try {
                        cp = Integer.parseInt(s.substring(i + 1, i + 1 + n), 16);
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    if (cp < 0 || cp > 0x10ffff) {
                        return null;
                    }
                    b.appendCodePoint(cp);
                    i += n;
                    break;
                }
                default:
                    b.append('\\').append(e);
            }
        }
        return b.toString();
    }
}
