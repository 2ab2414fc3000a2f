package dev.zatta.vb.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of this module's JSON: an object's entries one per line, indented two spaces a level,
 * {@code "key": value}; an array of numbers (or of arrays) on one line, {@code [1.0, 2.0]}; an array
 * of objects one object per line, each object on its line: {@code [{"a": 1, "b": 2},}. Holds the
 * nesting of one document, so each document gets its own instance ({@link #createInstance}).
 */
final class Layout implements PrettyPrinter, Instantiatable<Layout> {
    /** One open object or array. */
    private static final class Frame {
        final boolean array;
        /** Written on one line (inside an array). */
        final boolean inline;
        /** An array that holds objects: one per line. */
        boolean ofObjects;

        Frame(boolean array, boolean inline) {
            this.array = array;
            this.inline = inline;
        }
    }

    private final Deque<Frame> open = new ArrayDeque<>();

    @Override
    public Layout createInstance() {
        return new Layout();
    }

    /** Objects on their own lines enclosing the current position. */
    private int depth() {
        int d = 0;
        for (Frame f : open) {
            if (!f.array && !f.inline) {
                d++;
            }
        }
        return d;
    }

    private static void newline(JsonGenerator g, int depth) throws IOException {
        g.writeRaw('\n');
        g.writeRaw("  ".repeat(depth));
    }

    private boolean inArrayOrInline() {
        Frame top = open.peek();
        return top != null && (top.array || top.inline);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        Frame parent = open.peek();
        if (parent != null && parent.array) {
            parent.ofObjects = true;
        }
        open.push(new Frame(false, inArrayOrInline()));
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!open.peek().inline) {
            newline(g, depth());
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        if (open.peek().inline) {
            g.writeRaw(", ");
        } else {
            g.writeRaw(',');
            newline(g, depth());
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        Frame f = open.pop();
        if (!f.inline && entries > 0) {
            newline(g, depth());
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open.push(new Frame(true, inArrayOrInline()));
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        // no space after '['
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        Frame f = open.peek();
        if (f.ofObjects && !f.inline) {
            g.writeRaw(',');
            newline(g, depth() + 1);
        } else {
            g.writeRaw(", ");
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        open.pop();
        g.writeRaw(']');
    }
}
