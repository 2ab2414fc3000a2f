package dev.zatta.formatting;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One {@code .name} or {@code [key]} step of a field name. {@code .name} reads a Map key, a record
 * component, a public no-argument method {@code name()}, {@code getName()} or {@code isName()}, or a
 * public field (plus Python's {@code real}/{@code imag} of numbers); {@code [key]} indexes a List,
 * an array or a str, or looks a key up in a Map (an all-digit key is an int, as in Python; a Java
 * map keyed by strings is also searched for the digits as a string). Immutable.
 */
final class Accessor {
    final boolean attribute;
    final String name;
    /** The key as an int when it is all digits, else -1. */
    final long index;

    Accessor(boolean attribute, String name, long index) {
        this.attribute = attribute;
        this.name = name;
        this.index = index;
    }

    Object apply(Object v) {
        return attribute ? attribute(v) : item(v);
    }

    private FormatException noAttribute(Object v) {
        return new FormatException("AttributeError",
                "'" + PyObjects.typeName(v) + "' object has no attribute " + PyObjects.repr(name));
    }

    private Object attribute(Object v) {
        if (v == null) {
            throw noAttribute(v);
        }
        if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            Object r = m.get(name);
            if (r != null || m.containsKey(name)) {
                return r;
            }
            throw noAttribute(v);
        }
        if (PyObjects.isInt(v) || v instanceof Boolean) {
            switch (name) {
                case "real":
                case "numerator":
                    return v instanceof Boolean ? (Integer) (((Boolean) v) ? 1 : 0) : v;
                case "imag":
                    return 0;
                case "denominator":
                    return 1;
                default:
                    throw noAttribute(v);
            }
        }
        if (PyObjects.isFloat(v)) {
            switch (name) {
                case "real":
                    return ((Number) v).doubleValue();
                case "imag":
                    return 0.0;
                default:
                    throw noAttribute(v);
            }
        }
        if (PyObjects.isStr(v) || v instanceof List || v.getClass().isArray()) {
            throw noAttribute(v);
        }
        Class<?> c = v.getClass();
        try {
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getName().equals(name)) {
                        return invoke(rc.getAccessor(), v);
                    }
                }
            }
            String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String mname : new String[] {name, "get" + cap, "is" + cap}) {
                Method m = publicMethod(c, mname);
                if (m != null) {
                    return invoke(m, v);
                }
            }
            java.lang.reflect.Field f = c.getField(name);
            if (!Modifier.isStatic(f.getModifiers())) {
                return f.get(v);
            }
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
            // fall through to AttributeError
        }
        throw noAttribute(v);
    }

    private static Method publicMethod(Class<?> c, String name) {
        try {
            Method m = c.getMethod(name);
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                    || m.getDeclaringClass() == Object.class) {
                return null;
            }
            return m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private Object invoke(Method m, Object target) {
        try {
            if (!m.canAccess(target)) {
                m.trySetAccessible();
            }
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            FormatException fe = new FormatException("AttributeError",
                    "reading " + PyObjects.repr(name) + " of '" + PyObjects.typeName(target) + "' object failed: " + cause);
            fe.initCause(cause);
            throw fe;
        }
    }

    private Object item(Object v) {
        boolean intKey = index >= 0;
        if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (intKey) {
                Object[] keys = index <= Integer.MAX_VALUE
                        ? new Object[] {(int) index, index, BigInteger.valueOf(index), name}
                        : new Object[] {index, BigInteger.valueOf(index), name};
                for (Object k : keys) {
                    Object r = m.get(k);
                    if (r != null || m.containsKey(k)) {
                        return r;
                    }
                }
                throw new FormatException("KeyError", Long.toString(index));
            }
            Object r = m.get(name);
            if (r != null || m.containsKey(name)) {
                return r;
            }
            throw new FormatException("KeyError", PyObjects.repr(name));
        }
        if (v instanceof List || (v != null && v.getClass().isArray())) {
            if (!intKey) {
                throw FormatException.type("list indices must be integers or slices, not str");
            }
            int size = v instanceof List ? ((List<?>) v).size() : Array.getLength(v);
            if (index >= size) {
                throw new FormatException("IndexError", "list index out of range");
            }
            return v instanceof List ? ((List<?>) v).get((int) index) : Array.get(v, (int) index);
        }
        if (PyObjects.isStr(v)) {
            if (!intKey) {
                throw FormatException.type("string indices must be integers, not 'str'");
            }
            String s = v.toString();
            if (index >= s.codePointCount(0, s.length())) {
                throw new FormatException("IndexError", "string index out of range");
            }
            int off = s.offsetByCodePoints(0, (int) index);
            return new String(Character.toChars(s.codePointAt(off)));
        }
        throw FormatException.type("'" + PyObjects.typeName(v) + "' object is not subscriptable");
    }
}
