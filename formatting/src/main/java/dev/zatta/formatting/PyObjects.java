package dev.zatta.formatting;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Java values look to Python: type names, {@code str()}, {@code repr()} and {@code ascii()}.
 * Integer/Long/Short/Byte/BigInteger are {@code int}, Double/Float are {@code float},
 * String/Character (any CharSequence) are {@code str}, Boolean is {@code bool}, BigDecimal is
 * {@code decimal.Decimal}, null is
 * {@code None}, a List or array is a {@code list}, a Set a {@code set}, a Map a {@code dict}.
 * Stateless and thread-safe.
 */
final class PyObjects {
    private PyObjects() {}

    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    static boolean isStr(Object v) {
        return v instanceof CharSequence || v instanceof Character;
    }

    static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (isInt(v)) {
            return "int";
        }
        if (isFloat(v)) {
            return "float";
        }
        if (isStr(v)) {
            return "str";
        }
        if (v instanceof BigDecimal) {
            return "Decimal";
        }
        if (v instanceof List || v.getClass().isArray()) {
            return "list";
        }
        if (v instanceof Set) {
            return "set";
        }
        if (v instanceof Map) {
            return "dict";
        }
        return v.getClass().getSimpleName().isEmpty() ? v.getClass().getName() : v.getClass().getSimpleName();
    }

    /** Python's {@code float(int)}: correctly rounded, or OverflowError. */
    static double floatOf(BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw new FormatException("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    /** Python's {@code str(v)}. */
    static String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? "True" : "False";
        }
        if (isStr(v)) {
            return v.toString();
        }
        if (isInt(v)) {
            return v.toString();
        }
        if (isFloat(v)) {
            return FloatFormat.toPython(((Number) v).doubleValue(), 'r', 0, true, false, false, false);
        }
        if (v instanceof List || v instanceof Collection || v instanceof Map || v.getClass().isArray()) {
            return repr(v);
        }
        return String.valueOf(v);
    }

    /** Python's {@code repr(v)}. */
    static String repr(Object v) {
        StringBuilder b = new StringBuilder();
        repr(b, v, 0);
        return b.toString();
    }

    private static void repr(StringBuilder b, Object v, int depth) {
        if (depth > 100) {
            throw new FormatException("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
        if (v == null) {
            b.append("None");
        } else if (isStr(v)) {
            reprString(b, v.toString());
        } else if (v instanceof List || v.getClass().isArray() && !(v instanceof char[])) {
            b.append('[');
            if (v instanceof List) {
                joinRepr(b, ((List<?>) v).iterator(), depth);
            } else {
                int n = Array.getLength(v);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    repr(b, Array.get(v, i), depth + 1);
                }
            }
            b.append(']');
        } else if (v instanceof Set) {
            Set<?> s = (Set<?>) v;
            if (s.isEmpty()) {
                b.append("set()");
            } else {
                b.append('{');
                joinRepr(b, s.iterator(), depth);
                b.append('}');
            }
        } else if (v instanceof Collection) {
            b.append('[');
            joinRepr(b, ((Collection<?>) v).iterator(), depth);
            b.append(']');
        } else if (v instanceof BigDecimal) {
            b.append("Decimal('").append(v).append("')");
        } else if (v instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                repr(b, e.getKey(), depth + 1);
                b.append(": ");
                repr(b, e.getValue(), depth + 1);
            }
            b.append('}');
        } else {
            b.append(str(v));
        }
    }

    private static void joinRepr(StringBuilder b, Iterator<?> it, int depth) {
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            repr(b, it.next(), depth + 1);
        }
    }

    /** Python's {@code ascii(v)}: repr with every non-ASCII character escaped. */
    static String ascii(Object v) {
        String r = repr(v);
        StringBuilder b = null;
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp >= 128) {
                if (b == null) {
                    b = new StringBuilder(r.length() + 16);
                    b.append(r, 0, i);
                }
                escape(b, cp);
            } else if (b != null) {
                b.append((char) cp);
            }
            i += len;
        }
        return b == null ? r : b.toString();
    }

    private static void reprString(StringBuilder b, String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').append((char) cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                escape(b, cp);
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else {
                escape(b, cp);
            }
        }
        b.append(quote);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void escape(StringBuilder b, int cp) {
        int digits;
        if (cp <= 0xff) {
            b.append("\\x");
            digits = 2;
        } else if (cp <= 0xffff) {
            b.append("\\u");
            digits = 4;
        } else {
            b.append("\\U");
            digits = 8;
        }
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            b.append(HEX[(cp >>> shift) & 0xf]);
        }
    }

    /** Python's {@code str.isprintable} for one code point (Java's Unicode tables). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
