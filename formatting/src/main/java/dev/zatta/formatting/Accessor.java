package dev.zatta.formatting;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One {@code .name} or {@code [key]} step of a field name. {@code .name} reads a Map key, a record
 * component, a public no-argument method {@code name()}, {@code getName()} or {@code isName()}, or a
 * public field (plus Python's {@code real}/{@code imag} of numbers); {@code [key]} indexes a List,
 * an array or a str, or looks a key up in a Map (an all-digit key is an int, as in Python; a Java
 * map keyed by strings is also searched for the digits as a string). Immutable values, parsed once with
 * the template.
 */
sealed interface Accessor permits Accessor.Attribute, Accessor.Item {

    /** The value one step further down the field name. */
    Object apply(Object v);

    /** {@code .name}. */
    record Attribute(String name) implements Accessor {
        @Override
        public Object apply(Object v) {
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

        private FormatException noAttribute(Object v) {
            return new FormatException("AttributeError",
                    "'" + PyObjects.typeName(v) + "' object has no attribute " + PyObjects.repr(name));
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
                FormatException fe = new FormatException("AttributeError", "reading " + PyObjects.repr(name) + " of '"
                        + PyObjects.typeName(target) + "' object failed: " + cause);
                fe.initCause(cause);
                throw fe;
            }
        }
    }

    /**
     * {@code [key]}.
     *
     * @param key the text between the brackets
     * @param index the key as an int when it is all digits (Python's rule), else empty
     */
    record Item(String key, OptionalLong index) implements Accessor {
        @Override
        public Object apply(Object v) {
            if (v instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) v;
                if (index.isPresent()) {
                    long i = index.getAsLong();
                    Object[] keys = i <= Integer.MAX_VALUE
                            ? new Object[] {(int) i, i, BigInteger.valueOf(i), key}
                            : new Object[] {i, BigInteger.valueOf(i), key};
                    for (Object k : keys) {
                        Object r = m.get(k);
                        if (r != null || m.containsKey(k)) {
                            return r;
                        }
                    }
                    throw new FormatException("KeyError", Long.toString(i));
                }
                Object r = m.get(key);
                if (r != null || m.containsKey(key)) {
                    return r;
                }
                throw new FormatException("KeyError", PyObjects.repr(key));
            }
            if (v instanceof List || (v != null && v.getClass().isArray())) {
                if (index.isEmpty()) {
                    throw FormatException.type("list indices must be integers or slices, not str");
                }
                long i = index.getAsLong();
                int size = v instanceof List ? ((List<?>) v).size() : Array.getLength(v);
                if (i >= size) {
                    throw new FormatException("IndexError", "list index out of range");
                }
                return v instanceof List ? ((List<?>) v).get((int) i) : Array.get(v, (int) i);
            }
            if (PyObjects.isStr(v)) {
                if (index.isEmpty()) {
                    throw FormatException.type("string indices must be integers, not 'str'");
                }
                long i = index.getAsLong();
                String s = v.toString();
                if (i >= s.codePointCount(0, s.length())) {
                    throw new FormatException("IndexError", "string index out of range");
                }
                int off = s.offsetByCodePoints(0, (int) i);
                return new String(Character.toChars(s.codePointAt(off)));
            }
            throw FormatException.type("'" + PyObjects.typeName(v) + "' object is not subscriptable");
        }
    }
}
