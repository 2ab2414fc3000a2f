package dev.zatta.packaging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source file's bytes against the encoding javac is told: bytes that are invalid there (with the encoding
 * they are probably in), or valid bytes that are almost surely another encoding (silent mojibake). A
 * Python-style {@code coding:} comment is called out as changing nothing. Stateless.
 */
final class EncodingCheck {
    private static final Pattern CODING = Pattern.compile("coding[:=]\\s*([-\\w.]+)");

    /** Where the first invalid byte lies and how many there are (line and column 1-based, column in bytes). */
    record InvalidBytes(int line, int column, int offset, int firstByte, int count, long lines) {
    }

    /** The encoding the bytes are probably in, and the line with the first invalid byte decoded in it. */
    record Guess(Charset charset, String quotedLine) {
    }

    /** A {@code coding:} comment in the first two lines: the charset it names and its line. */
    record CodingComment(String name, int line) {
    }

    private EncodingCheck() {
    }

    /** The finding for the file {@code rel} (relative to the source root), if any. */
    static Optional<Finding> check(String rel, byte[] bytes, Charset declared) {
        List<Integer> bad = Encodings.invalidBytes(bytes, declared, Integer.MAX_VALUE);
        Optional<Charset> guess = Encodings.guess(bytes, declared);
        Optional<CodingComment> coding = codingComment(bytes);
        if (!bad.isEmpty()) {
            int offset = bad.get(0);
            int[] lc = Encodings.lineAndColumn(bytes, offset);
            long lines = bad.stream().map(o -> Encodings.lineAndColumn(bytes, o)[0]).distinct().count();
            InvalidBytes where = new InvalidBytes(lc[0], lc[1], offset, bytes[offset] & 0xFF, bad.size(), lines);
            return Optional.of(Finding.invalidEncoding(rel, declared, where,
                    guess.map(c -> new Guess(c, quoteLine(bytes, lc[0], c))), coding));
        }
        // only strong evidence counts when every byte is valid: multi-byte UTF-8 (Latin-1 or legacy Japanese text
        // is almost never valid UTF-8), or ISO-2022-JP's escapes; valid UTF-8 read as UTF-8 is never second-guessed
        boolean strong = guess.map(c -> c.name().equals("UTF-8") || c.name().equals("ISO-2022-JP")).orElse(false);
        if (strong && !Encodings.decode(bytes, guess.get()).equals(Encodings.decode(bytes, declared))) {
            Charset c = guess.get();
            int[] lc = Encodings.lineAndColumn(bytes, firstNonAscii(bytes));
            return Optional.of(Finding.misdeclaredEncoding(rel + ":" + lc[0] + ":" + lc[1], declared,
                    new Guess(c, quoteLine(bytes, lc[0], c)), quoteLine(bytes, lc[0], declared), lc[0], coding));
        }
        return Optional.empty();
    }

    private static Optional<CodingComment> codingComment(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return Optional.of(new CodingComment(m.group(1), i + 1));
            }
        }
        return Optional.empty();
    }

    /** Line {@code line} decoded in {@code charset}, stripped, cut to 60 characters, quoted, controls as '?'. */
    private static String quoteLine(byte[] bytes, int line, Charset charset) {
        String text = new String(bytes, charset);
        String[] lines = text.split("\n", -1);
        String l = line - 1 < lines.length ? lines[line - 1].strip() : "";
        if (l.length() > 60) {
            l = l.substring(0, 57) + "...";
        }
        return "\"" + l.replaceAll("\\p{Cc}", "?") + "\"";
    }

    private static int firstNonAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0 || bytes[i] == 0x1B) {
                return i;
            }
        }
        return 0;
    }
}
