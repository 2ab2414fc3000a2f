package dev.zatta.report;

import java.util.List;
import java.util.Objects;

/**
 * One post of the blog as reproduced: what the post was about, the module that reproduces it, and the
 * items. A section that could not be produced carries a {@code problem} instead of items. Immutable.
 *
 * @param id the anchor on the page, e.g. {@code dcgan}
 * @param title the post's subject
 * @param module the zatta module that reproduces it, e.g. {@code gan}
 * @param intro one or two sentences about the post
 * @param items what the section shows
 * @param problem why the section is incomplete, {@code ""} when it is complete
 */
public record Section(String id, String title, String module, String intro, List<Item> items, String problem) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(problem, "problem");
        items = List.copyOf(items);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("id: '" + id + "' is not a lower-case anchor name ([a-z][a-z0-9-]*)");
        }
    }

    /** A complete section. */
    public static Section of(String id, String title, String module, String intro, List<Item> items) {
        return new Section(id, title, module, intro, items, "");
    }

    /** A complete section for one of the blog's posts. */
    public static Section of(ReportConfig.Post post, String intro, List<Item> items) {
        return of(post.id(), post.title(), post.module(), intro, items);
    }

    /** Every image file the section's items show, relative to the report folder. */
    public List<String> images() {
        return items.stream().flatMap(i -> i.images().stream()).toList();
    }
}
