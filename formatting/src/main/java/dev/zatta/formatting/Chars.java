package dev.zatta.formatting;

/** Appending a code point many times: padding, fill and zeros. Stateless and thread-safe. */
final class Chars {
    private Chars() {}

    /** Appends {@code cp} to {@code out} {@code n} times (nothing when {@code n <= 0}). */
    static void repeat(StringBuilder out, int cp, long n) {
        if (Character.isBmpCodePoint(cp)) {
            char c = (char) cp;
            for (long i = 0; i < n; i++) {
                out.append(c);
            }
        } else {
            for (long i = 0; i < n; i++) {
                out.appendCodePoint(cp);
            }
        }
    }
}
