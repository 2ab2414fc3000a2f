package dev.zatta.vb.json;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zatta.io.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/** The pieces every document of this package is built and written with. Stateless; thread-safe. */
final class Json {
    /** Leaves the target open: {@link AtomicFile} and the callers close their own writers. */
    private static final ObjectWriter WRITER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build().writer(new Layout());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A number, or {@code null} where it is not finite (JSON has no NaN or infinity). */
    static JsonNode number(double value) {
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.nullNode();
    }

    /** {@link #number} of each value, in order. */
    static ArrayNode numbers(double[] values) {
        ArrayNode a = array();
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    /** The document and a final newline. */
    static void write(JsonNode document, Writer out) throws IOException {
        WRITER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }

    static String toString(JsonNode document) {
        StringWriter s = new StringWriter();
        try {
            write(document, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return s.toString();
    }

    /** Writes the document to {@code file}: whole, or not at all. */
    static Path write(JsonNode document, Path file) throws IOException {
        return AtomicFile.writeText(file, w -> write(document, w));
    }
}
