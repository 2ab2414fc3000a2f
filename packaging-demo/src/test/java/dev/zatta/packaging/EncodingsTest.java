package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingsTest {
    private static final String SOURCE = "// 日本語のコメント\nclass A {}\n";

    @Test
    void utf8SourceIsValidUtf8ButNotAscii() {
        byte[] bytes = SOURCE.getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.firstInvalidByte(bytes, StandardCharsets.UTF_8)).isEqualTo(-1);
        // "// " is three ASCII bytes; the first byte of 日 (0xE6) is where US-ASCII fails
        assertThat(Encodings.firstInvalidByte(bytes, StandardCharsets.US_ASCII)).isEqualTo(3);
        assertThat(bytes[3] & 0xFF).isEqualTo(0xE6);
    }

    @Test
    void shiftJisSourceIsNotValidUtf8() {
        byte[] bytes = SOURCE.getBytes(Charset.forName("Shift_JIS"));
        assertThat(Encodings.isValid(bytes, Charset.forName("Shift_JIS"))).isTrue();
        assertThat(Encodings.isValid(bytes, StandardCharsets.UTF_8)).isFalse();
        assertThat(bytes[3] & 0xFF).isEqualTo(0x93);
    }
}
