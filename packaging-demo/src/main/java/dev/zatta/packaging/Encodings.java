package dev.zatta.packaging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** Checks whether bytes are valid in a charset, as javac's source reader would see them. */
public final class Encodings {
    private Encodings() {}

    /**
     * Returns the offset of the first byte that is malformed or unmappable in {@code charset}, or
     * {@code -1} when all of {@code bytes} decode.
     */
    public static int firstInvalidByte(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 2 + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return in.position();
        }
        return -1;
    }

    /** True when {@code bytes} decode without error in {@code charset}. */
    public static boolean isValid(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
