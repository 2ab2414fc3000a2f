package dev.zatta.vb.cli;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the command line's output: maps (key order kept), lists, double[] and
 * double[][] arrays, numbers, booleans, strings and null. Non-finite doubles (an infinite predictive
 * sd when c_N ≤ 1) are written as {@code null}, since JSON has no infinity. Stateless.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.append('\n').toString();
    }

    private static void indent(StringBuilder b, int level) {
        b.append('\n');
        b.append("  ".repeat(level));
    }

    private static void write(StringBuilder b, Object v, int level) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                indent(b, level + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), level + 1);
            }
            if (!m.isEmpty()) {
                indent(b, level);
            }
            b.append('}');
        } else if (v instanceof double[] a) {
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                number(b, a[i]);
            }
            b.append(']');
        } else if (v instanceof double[][] rows) {
            b.append('[');
            for (int i = 0; i < rows.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                indent(b, level + 1);
                write(b, rows[i], level + 1);
            }
            if (rows.length > 0) {
                indent(b, level);
            }
            b.append(']');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                write(b, l.get(i), level + 1);
            }
            b.append(']');
        } else if (v instanceof Double d) {
            number(b, d);
        } else if (v instanceof Float f) {
            number(b, f);
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private static void number(StringBuilder b, double d) {
        if (!Double.isFinite(d)) {
            b.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            b.append((long) d).append(".0");
        } else {
            b.append(d);
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
