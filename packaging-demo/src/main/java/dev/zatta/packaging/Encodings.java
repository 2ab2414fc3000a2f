package dev.zatta.packaging;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks whether bytes are valid in a charset, as javac's source reader sees them, and guesses which
 * encoding a Japanese source file is really in. Stateless and thread-safe.
 */
public final class Encodings {
    /** The encodings {@link #guess} tries, in order of preference. */
    public static final List<Charset> CANDIDATES = List.of(
            StandardCharsets.UTF_8, Charset.forName("ISO-2022-JP"), Charset.forName("Shift_JIS"),
            Charset.forName("EUC-JP"), Charset.forName("windows-1252"));

    private static final double JAPANESE_SHARE = 0.6;

    private Encodings() {}

    /**
     * Returns the offset of the first byte that is malformed or unmappable in {@code charset}, or
     * {@code -1} when all of {@code bytes} decode.
     */
    public static int firstInvalidByte(byte[] bytes, Charset charset) {
        List<Integer> all = invalidBytes(bytes, charset, 1);
        return all.isEmpty() ? -1 : all.get(0);
    }

    /** Offsets of the first byte of each malformed or unmappable sequence, at most {@code limit} of them. */
    public static List<Integer> invalidBytes(byte[] bytes, Charset charset, int limit) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        List<Integer> offsets = new ArrayList<>();
        while (offsets.size() < limit) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                offsets.add(in.position());
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                out = CharBuffer.allocate(out.capacity() * 2);
            } else {
                CoderResult flushed = decoder.flush(out);
                if (flushed.isError()) {
                    offsets.add(in.position());
                }
                break;
            }
        }
        return offsets;
    }

    /** True when {@code bytes} decode without error in {@code charset}. */
    public static boolean isValid(byte[] bytes, Charset charset) {
        return decode(bytes, charset).isPresent();
    }

    /** The text of {@code bytes} in {@code charset}, or empty if some byte is not valid there. */
    public static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(strict(charset).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The encoding {@code bytes} are most probably in, other than {@code except}; empty when the bytes
     * are plain ASCII or fit none of {@link #CANDIDATES}. Heuristic: valid UTF-8 with multi-byte
     * sequences is UTF-8 (Latin-1 or Japanese legacy text almost never is); ISO-2022-JP shows itself by
     * its escape sequences; between Shift_JIS and EUC-JP the one whose text is mostly kana and kanji
     * wins; windows-1252 is the last resort.
     */
    public static Optional<Charset> guess(byte[] bytes, Charset except) {
        if (isAscii(bytes) && !hasIso2022Escape(bytes)) {
            return Optional.empty();
        }
        Charset iso2022 = Charset.forName("ISO-2022-JP");
        if (hasIso2022Escape(bytes) && !iso2022.equals(except) && isValid(bytes, iso2022)) {
            return Optional.of(iso2022); // 7-bit, so also "valid" ASCII and UTF-8: its escapes give it away
        }
        Charset best = null;
        double bestShare = -1;
        for (Charset candidate : CANDIDATES) {
            if (candidate.equals(except)) {
                continue;
            }
            Optional<String> text = decode(bytes, candidate);
            if (text.isEmpty()) {
                continue;
            }
            String name = candidate.name();
            if (name.equals("UTF-8")) {
                if (!isAscii(bytes)) {
                    return Optional.of(candidate);
                }
                continue;
            }
            if (name.equals("ISO-2022-JP")) {
                continue; // decided above
            }
            if (name.equals("windows-1252")) {
                return Optional.of(best != null ? best : candidate);
            }
            double share = japaneseShare(text.get());
            if (share >= JAPANESE_SHARE && share > bestShare) {
                best = candidate;
                bestShare = share;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Share of the non-ASCII characters of {@code text} that are kana, kanji or full-width forms. */
    static double japaneseShare(String text) {
        long nonAscii = 0;
        long japanese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if ((c >= 0x3000 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E)) {
                japanese++;
            }
        }
        return nonAscii == 0 ? 0 : (double) japanese / nonAscii;
    }

    /** True when every byte is below 0x80. */
    public static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes contain an ISO-2022-JP escape into JIS X 0208 ({@code ESC $ B} or {@code ESC $ @}). */
    public static boolean hasIso2022Escape(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1B && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }

    /** 1-based line and byte column of {@code offset}: lines end at byte 0x0A in every encoding checked here. */
    public static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
