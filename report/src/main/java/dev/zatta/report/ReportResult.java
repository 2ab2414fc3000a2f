package dev.zatta.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote. Immutable.
 *
 * @param index the {@code index.html}
 * @param sections the sections, in page order
 * @param images every image the page shows, as files
 */
public record ReportResult(Path index, List<Section> sections, List<Path> images) {
    public ReportResult {
        sections = List.copyOf(sections);
        images = List.copyOf(images);
    }

    /** The sections that could not be completed. */
    public List<Section> problems() {
        return sections.stream().filter(s -> !s.problem().isEmpty()).toList();
    }
}
