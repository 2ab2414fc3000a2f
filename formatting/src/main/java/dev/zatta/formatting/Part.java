package dev.zatta.formatting;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One piece of a parsed template ({@link TemplateParser}): literal text, or a replacement field.
 * Immutable.
 */
sealed interface Part permits Part.Literal, Part.Field {

    /** Text printed as it is (doubled braces already undoubled). */
    record Literal(String text) implements Part {}

    /**
     * One replacement field {@code {argument[.attr|[key]]...[!conversion][:spec]}}.
     *
     * @param start the position of its {@code {} in the pattern
     * @param text the field without its braces, for messages
     * @param argument which argument it reads
     * @param accessors the {@code .attr} and {@code [key]} steps after the argument
     * @param conversion {@code !s}, {@code !r}, {@code !a} or none
     * @param spec the constant spec, or null when the spec has replacement fields of its own
     * @param nestedSpec the parts of a spec with replacement fields (formatted first, then parsed); empty for a
     *     constant spec
     */
    record Field(int start, String text, Argument argument, List<Accessor> accessors, Conversion conversion,
            Spec spec, List<Part> nestedSpec) implements Part {
        public Field {
            accessors = List.copyOf(accessors);
            nestedSpec = List.copyOf(nestedSpec);
            if ((spec == null) == nestedSpec.isEmpty()) {
                throw new IllegalArgumentException("field {" + text + "}: expected a constant spec or nested parts, not "
                        + (spec == null ? "neither" : "both"));
            }
        }

        /** The argument this field reads, after its accessors (before the conversion). */
        Object value(List<?> positional, Map<String, ?> named) {
            Object v = argument.lookup(positional, named);
            if (accessors.isEmpty()) {
                return v;
            }
            for (int i = 0; i < accessors.size(); i++) {
                v = accessors.get(i).apply(v);
            }
            return v;
        }
    }

    /** Where a field's value comes from: {@code {0}} / {@code {}} or {@code {name}}. */
    sealed interface Argument permits Positional, Named {
        Object lookup(List<?> positional, Map<String, ?> named);
    }

    /** The argument at {@code index} of the positional ones (auto-numbered {@code {}} included). */
    record Positional(int index) implements Argument {
        @Override
        public Object lookup(List<?> positional, Map<String, ?> named) {
            int given = positional == null ? 0 : positional.size();
            if (index >= given) {
                throw FormatException.withDetail("IndexError",
                        "Replacement index " + index + " out of range for positional args tuple",
                        given + " positional argument" + (given == 1 ? "" : "s") + " given");
            }
            return positional.get(index);
        }
    }

    /** The named argument {@code name}. */
    record Named(String name) implements Argument {
        @Override
        public Object lookup(List<?> positional, Map<String, ?> named) {
            if (named == null) {
                throw FormatException.withDetail("KeyError", PyObjects.repr(name),
                        "expected a named argument " + PyObjects.repr(name) + ", but none were given");
            }
            Object v = named.get(name);
            if (v == null && !named.containsKey(name)) {
                throw FormatException.withDetail("KeyError", PyObjects.repr(name),
                        "expected a named argument " + PyObjects.repr(name) + ", given: " + new TreeSet<>(named.keySet()));
            }
            return v;
        }
    }

    /** A field's {@code !conversion}. */
    enum Conversion {
        NONE,
        /** {@code !s}: Python's {@code str()}. */
        STR,
        /** {@code !r}: Python's {@code repr()}. */
        REPR,
        /** {@code !a}: Python's {@code ascii()}. */
        ASCII;

        /** The conversion written as {@code cp} after {@code !}, or null when Python knows none of that name. */
        static Conversion of(int cp) {
            switch (cp) {
                case 's':
                    return STR;
                case 'r':
                    return REPR;
                case 'a':
                    return ASCII;
                default:
                    return null;
            }
        }

        Object apply(Object v) {
            switch (this) {
                case STR:
                    return PyObjects.str(v);
                case REPR:
                    return PyObjects.repr(v);
                case ASCII:
                    return PyObjects.ascii(v);
                default:
                    return v;
            }
        }
    }
}
