package dev.zatta.formatting;

/** Helpers for literal text inside templates. Stateless and thread-safe. */
public final class Literals {
    private Literals() {}

    /**
     * Escapes {@code text} so that a template prints it unchanged: every {@code {}} and {@code }}
     * is doubled, as in Python ({@code "{{"} prints {@code "{"}).
     *
     * @throws IllegalArgumentException if {@code text} is null
     */
    public static String escape(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text: expected a string, got null");
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                out.append(c);
            }
            out.append(c);
        }
        return out.toString();
    }
}
