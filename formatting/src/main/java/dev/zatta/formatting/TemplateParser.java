package dev.zatta.formatting;

import dev.zatta.formatting.Part.Conversion;
import dev.zatta.formatting.Part.Field;
import dev.zatta.formatting.Part.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a pattern into {@link Part}s as CPython 3.11 does: {@code MarkupIterator}, {@code parse_field} and
 * {@code field_name_split} of {@code Objects/stringlib/unicode_format.h}, with CPython's messages. Constant
 * specs are parsed here, once ({@link Spec#parse}); a spec with replacement fields is parsed into parts
 * and expanded when formatting. One parser reads one pattern: not thread-safe, and not shared.
 */
final class TemplateParser {
    /** Replacement fields nest at most this deep ({@code {x:{w}}} is depth 2), as in CPython. */
    private static final int MAX_DEPTH = 2;

    /** How {@code {}} and {@code {0}} are numbered: not seen yet, automatic ({@code {}}) or manual ({@code {0}}). */
    private enum Numbering { UNDECIDED, AUTOMATIC, MANUAL }

    private final String s;
    private Numbering numbering = Numbering.UNDECIDED;
    private int autoNext;

    private TemplateParser(String s) {
        this.s = s;
    }

    /**
     * Parses {@code pattern} into its parts, in order (a new list, not shared).
     *
     * @throws FormatException on a syntax error, naming the position
     */
    static List<Part> parse(String pattern) {
        return new TemplateParser(pattern).parse(0, pattern.length(), MAX_DEPTH);
    }

    private FormatException err(String msg, int pos, String field) {
        return new FormatException("ValueError", msg, s, pos, field);
    }

    private List<Part> parse(int pos, int end, int depth) {
        if (depth <= 0) {
            throw err("Max string recursion exceeded", pos, null);
        }
        List<Part> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (pos < end) {
            int litStart = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - litStart;
            if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                throw err("Single '}' encountered in format string", pos - 1, null);
            }
            if (markup && atEnd && c == '{') {
                throw err("Single '{' encountered in format string", pos - 1, null);
            }
            if (markup) {
                if (s.charAt(pos) == c) {
                    pos++;
                    markup = false; // escaped brace: literal includes one brace
                } else {
                    len--;
                }
            }
            lit.append(s, litStart, litStart + len);
            if (!markup) {
                continue;
            }
            if (lit.length() > 0) {
                out.add(new Literal(lit.toString()));
                lit.setLength(0);
            }
            pos = parseField(pos, end, depth, pos - 1, out);
        }
        if (lit.length() > 0) {
            out.add(new Literal(lit.toString()));
        }
        return out;
    }

    /** Parses a field whose '{' is at fieldStart; returns the position after its '}'. */
    private int parseField(int pos, int end, int depth, int fieldStart, List<Part> out) {
        int nameStart = pos;
        int c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw err("unexpected '{' in field name", fieldStart, null);
            }
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = pos - 1;
        int conv = 0;
        int specStart = -1;
        int specEnd = -1;
        boolean expand = false;
        int fieldEnd;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= end) {
                    throw err("end of string while looking for conversion specifier", fieldStart, null);
                }
                conv = s.codePointAt(pos);
                pos += Character.charCount(conv);
                if (pos < end) {
                    int c2 = s.charAt(pos++);
                    if (c2 == '}') {
                        done = true;
                    } else if (c2 != ':') {
                        throw err("expected ':' after conversion specifier", fieldStart, null);
                    }
                }
            }
            if (done) {
                fieldEnd = pos;
            } else {
                specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        count--;
                        if (count == 0) {
                            specEnd = pos - 1;
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) {
                    throw err("unmatched '{' in format spec", fieldStart, null);
                }
                fieldEnd = pos;
            }
        } else if (c != '}') {
            throw err("expected '}' before end of string", fieldStart, null);
        } else {
            fieldEnd = pos;
        }
        String text = s.substring(fieldStart + 1, fieldEnd - 1);
        int i = nameStart;
        while (i < nameEnd && s.charAt(i) != '.' && s.charAt(i) != '[') {
            i++;
        }
        Part.Argument argument = argument(s.substring(nameStart, i), fieldStart, text);
        List<Accessor> accessors = new ArrayList<>();
        while (i < nameEnd) {
            char k = s.charAt(i++);
            int ns = i;
            if (k == '.') {
                while (i < nameEnd && s.charAt(i) != '.' && s.charAt(i) != '[') {
                    i++;
                }
                if (i == ns) {
                    throw err("Empty attribute in format string", fieldStart, text);
                }
                accessors.add(new Accessor.Attribute(s.substring(ns, i)));
            } else if (k == '[') {
                while (i < nameEnd && s.charAt(i) != ']') {
                    i++;
                }
                if (i >= nameEnd) {
                    throw err("Missing ']' in format string", fieldStart, text);
                }
                String key = s.substring(ns, i);
                i++; // past ']'
                if (key.isEmpty()) {
                    throw err("Empty attribute in format string", fieldStart, text);
                }
                accessors.add(new Accessor.Item(key, integer(key, fieldStart, text)));
            } else {
                throw err("Only '.' or '[' may follow ']' in format field specifier", fieldStart, text);
            }
        }
        Conversion conversion = conv == 0 ? Conversion.NONE : Conversion.of(conv);
        if (conversion == null) {
            String shown = conv > 32 && conv < 127 ? String.valueOf((char) conv) : "\\x" + Integer.toHexString(conv);
            throw err("Unknown conversion specifier " + shown, fieldStart, text);
        }
        if (specStart < 0) {
            out.add(new Field(fieldStart, text, argument, accessors, conversion, Spec.EMPTY, List.of()));
        } else if (!expand) {
            out.add(new Field(fieldStart, text, argument, accessors, conversion, Spec.parse(s.substring(specStart, specEnd)),
                    List.of()));
        } else {
            out.add(new Field(fieldStart, text, argument, accessors, conversion, null, parse(specStart, specEnd, depth - 1)));
        }
        return fieldEnd;
    }

    /** The argument named by a field's first part: {@code ""} (automatic numbering), digits, or a name. */
    private Part.Argument argument(String first, int fieldStart, String text) {
        OptionalLong index = integer(first, fieldStart, text);
        if (index.isEmpty() && !first.isEmpty()) {
            return new Part.Named(first);
        }
        boolean automatic = first.isEmpty();
        if (numbering == Numbering.UNDECIDED) {
            numbering = automatic ? Numbering.AUTOMATIC : Numbering.MANUAL;
        }
        if (numbering == Numbering.MANUAL && automatic) {
            throw err("cannot switch from manual field specification to automatic field numbering", fieldStart, text);
        }
        if (numbering == Numbering.AUTOMATIC && !automatic) {
            throw err("cannot switch from automatic field numbering to manual field specification", fieldStart, text);
        }
        // no list is longer than Integer.MAX_VALUE: a larger index is an IndexError when formatting
        return new Part.Positional(automatic ? autoNext++ : (int) Math.min(index.getAsLong(), Integer.MAX_VALUE));
    }

    /** {@code t} as an int when it is all decimal digits, else empty; refuses a number past Long.MAX_VALUE. */
    private OptionalLong integer(String t, int fieldStart, String text) {
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        int end = DecimalInteger.end(t, 0);
        if (end == 0) {
            return OptionalLong.empty(); // a name
        }
        OptionalLong v = DecimalInteger.value(t, 0, end);
        if (v.isEmpty()) {
            throw err(DecimalInteger.TOO_MANY_DIGITS, fieldStart, text);
        }
        return end == t.length() ? v : OptionalLong.empty();
    }
}
