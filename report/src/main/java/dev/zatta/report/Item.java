package dev.zatta.report;

import java.util.List;
import java.util.Objects;

/**
 * One thing shown on the report page: a title, a sentence that says what it shows, and its content —
 * images (file names relative to the report folder), a table, and/or preformatted text. Immutable.
 *
 * @param title a short heading
 * @param sentence one or two sentences of explanation (plain text)
 * @param images file names relative to the report folder, shown in order
 * @param header table header cells (empty: no table)
 * @param rows table rows, each as long as {@code header}
 * @param preformatted monospaced text shown under the table ({@code ""}: none)
 */
public record Item(String title, String sentence, List<String> images, List<String> header, List<List<String>> rows,
        String preformatted) {
    public Item {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(preformatted, "preformatted");
        images = List.copyOf(images);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("rows: row " + i + " of item '" + title + "' has "
                        + rows.get(i).size() + " cells; expected " + header.size() + " (the header's size)");
            }
        }
        for (String image : images) {
            if (image.isEmpty() || image.startsWith("/") || image.contains("..") || image.contains("\\")) {
                throw new IllegalArgumentException("images: '" + image + "' of item '" + title
                        + "' is not a plain relative path inside the report folder");
            }
        }
    }

    /** An item showing images. */
    public static Item figure(String title, String sentence, String... images) {
        return new Item(title, sentence, List.of(images), List.of(), List.of(), "");
    }

    /** An item showing a table. */
    public static Item table(String title, String sentence, List<String> header, List<List<String>> rows) {
        return new Item(title, sentence, List.of(), header, rows, "");
    }

    /** An item showing preformatted text. */
    public static Item text(String title, String sentence, String preformatted) {
        return new Item(title, sentence, List.of(), List.of(), List.of(), preformatted);
    }
}
