package dev.zatta.plot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.plot.Figure;
import dev.zatta.plot.ImageGrid;
import dev.zatta.plot.Panel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README shows the gallery's code verbatim and the PNGs that code makes. */
class GalleryTest {
    private static final Path GALLERY = Path.of("src/main/java/dev/zatta/plot/examples/Gallery.java");
    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");

    /** The marked snippets of Gallery.java, with the common indentation removed. */
    static List<String> snippets() throws IOException {
        String source = Files.readString(GALLERY);
        Matcher m = Pattern.compile("// README:begin (\\w+)\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL)
                .matcher(source);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(dedent(m.group(2)));
        }
        return out;
    }

    static String dedent(String block) {
        String[] lines = block.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void readmeShowsEveryGallerySnippetVerbatim() throws IOException {
        List<String> snippets = snippets();
        assertThat(snippets).hasSize(5);
        String readme = Files.readString(README);
        for (String snippet : snippets) {
            assertThat(readme).as("README.md should contain this Gallery snippet verbatim").contains(snippet);
        }
        for (String png : new String[] {"regression.png", "panels.png", "training-curves.png", "lower-bound.png",
            "image-grid.png"}) {
            assertThat(readme).contains("(docs/" + png + ")");
        }
    }

    @Test
    void committedPngsHaveTheSizeTheGalleryRendersAndStaySmall() throws IOException {
        check(Gallery.regression().render(), "regression.png");
        check(Gallery.panels().render(), "panels.png");
        check(Gallery.trainingCurves().render(), "training-curves.png");
        check(Gallery.lowerBound().render(), "lower-bound.png");
        check(Gallery.imageGrid().render(), "image-grid.png");
    }

    private static void check(BufferedImage rendered, String name) throws IOException {
        Path file = DOCS.resolve(name);
        BufferedImage committed = ImageIO.read(file.toFile());
        assertThat(committed.getWidth()).as(name).isEqualTo(rendered.getWidth());
        assertThat(committed.getHeight()).as(name).isEqualTo(rendered.getHeight());
        assertThat(Files.size(file)).as(name).isLessThan(100_000);
    }

    @Test
    void mainWritesAllFiveFigures(@TempDir Path dir) throws IOException {
        Gallery.main(new String[] {dir.toString()});
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("regression.png",
                    "panels.png", "training-curves.png", "lower-bound.png", "image-grid.png");
        }
    }

    @Test
    void galleryFiguresHaveTheDocumentedShape() {
        Panel regression = Gallery.regression();
        assertThat(regression.layers()).hasSize(3);
        Figure panels = Gallery.panels();
        assertThat(panels.panels()).hasSize(3);
        assertThat(panels.width()).isEqualTo(1200);
        ImageGrid grid = Gallery.imageGrid();
        assertThat(grid.images()).hasSize(32);
        assertThat(grid.captions()).allMatch(c -> c.matches("0\\.\\d\\d|1\\.00"));
    }
}
