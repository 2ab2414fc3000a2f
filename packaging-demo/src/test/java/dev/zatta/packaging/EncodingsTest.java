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

    @Test
    void guessPrefersUtf8ThenIso2022ThenTheMoreJapaneseOfShiftJisAndEucJp() {
        for (String name : new String[] {"UTF-8", "ISO-2022-JP", "Shift_JIS", "EUC-JP"}) {
            byte[] bytes = SOURCE.getBytes(Charset.forName(name));
            assertThat(Encodings.guess(bytes, StandardCharsets.US_ASCII)).as(name).contains(Charset.forName(name));
        }
        assertThat(Encodings.guess("class A {}".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void invalidBytesListsEverySequenceAndLineAndColumnCountBytes() {
        byte[] bytes = "a\n// 日本\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.invalidBytes(bytes, StandardCharsets.US_ASCII, 100)).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(Encodings.invalidBytes(bytes, StandardCharsets.US_ASCII, 2)).containsExactly(5, 6);
        assertThat(Encodings.lineAndColumn(bytes, 5)).containsExactly(2, 4);
        byte[] sjis = "// 日本\n".getBytes(Charset.forName("Shift_JIS"));
        // 0x93 0xFA: 0x93 is no UTF-8 lead byte, 0xFA neither; each is one malformed sequence
        assertThat(Encodings.invalidBytes(sjis, StandardCharsets.UTF_8, 100)).startsWith(3);
    }

    @Test
    void japaneseShareCountsKanaAndKanji() {
        assertThat(Encodings.japaneseShare("日本語のコメント")).isEqualTo(1.0);
        assertThat(Encodings.japaneseShare("café")).isEqualTo(0.0);
        assertThat(Encodings.japaneseShare("ascii only")).isEqualTo(0.0);
    }
}
