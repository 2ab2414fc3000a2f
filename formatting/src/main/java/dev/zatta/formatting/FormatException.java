package dev.zatta.formatting;

/**
 * A template, a format spec or an argument that Python's {@code str.format} would refuse.
 *
 * <p>{@link #pythonType()} and {@link #pythonMessage()} are exactly what CPython 3.11 raises for the
 * same input (for example {@code ValueError} and {@code Format specifier missing precision}); the
 * full {@link #getMessage() message} adds the field, its position in the pattern and the pattern.
 * Immutable.
 */
public final class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    private final String pattern;
    private final int position;
    private final String field;
    private final String detail;

    FormatException(String pythonType, String pythonMessage) {
        this(pythonType, pythonMessage, null, -1, null);
    }

    FormatException(String pythonType, String pythonMessage, String pattern, int position, String field) {
        this(pythonType, pythonMessage, pattern, position, field, null);
    }

    /** An error with a Java-side explanation after CPython's message, e.g. which names were given. */
    static FormatException withDetail(String pythonType, String pythonMessage, String detail) {
        return new FormatException(pythonType, pythonMessage, null, -1, null, null, detail);
    }

    FormatException(String pythonType, String pythonMessage, String pattern, int position, String field,
            String value) {
        this(pythonType, pythonMessage, pattern, position, field, value, null);
    }

    private FormatException(String pythonType, String pythonMessage, String pattern, int position, String field,
            String value, String detail) {
        super(compose(pythonType, pythonMessage, detail, pattern, position, field, value));
        this.detail = detail;
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.pattern = pattern;
        this.position = position;
        this.field = field;
    }

    private static String compose(String type, String msg, String detail, String pattern, int position,
            String field, String value) {
        StringBuilder b = new StringBuilder();
        b.append(type).append(": ").append(msg);
        if (detail != null) {
            b.append(" (").append(detail).append(')');
        }
        if (field != null) {
            b.append(" in field {").append(field).append('}');
        }
        if (value != null) {
            b.append(" (value ").append(value.length() > 60 ? value.substring(0, 57) + "..." : value).append(')');
        }
        if (position >= 0) {
            b.append(" at position ").append(position);
        }
        if (pattern != null) {
            b.append(" of \"").append(pattern).append('"');
        }
        return b.toString();
    }

    /**
     * Returns the same error located in a pattern, with the repr of the value that refused its spec (or null);
     * the first location given wins.
     */
    FormatException at(String pattern, int position, String field, String value) {
        if (this.pattern != null) {
            return this;
        }
        FormatException located = new FormatException(pythonType, pythonMessage, pattern, position, field, value,
                detail);
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** The Python exception class CPython raises here: ValueError, KeyError, IndexError, TypeError, ... */
    public String pythonType() {
        return pythonType;
    }

    /** CPython's message, e.g. {@code Unknown format code 'd' for object of type 'float'}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The pattern in which the error was found, or null when no pattern was involved. */
    public String pattern() {
        return pattern;
    }

    /** Index (in UTF-16 units) in {@link #pattern()} where the offending field or text starts, or -1. */
    public int position() {
        return position;
    }

    /** The text of the offending replacement field (without braces), or null. */
    public String field() {
        return field;
    }

    static FormatException value(String msg) {
        return new FormatException("ValueError", msg);
    }

    static FormatException type(String msg) {
        return new FormatException("TypeError", msg);
    }
}
