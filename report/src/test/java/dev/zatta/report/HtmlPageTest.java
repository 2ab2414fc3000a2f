package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {
    static final Section SECTION = Section.of("demo", "A <demo> & more", "formatting", "intro \"quoted\"",
            List.of(Item.figure("fig", "a sentence", "vb/a b.png"),
                    Item.table("tab", "rows", List.of("k", "v"), List.of(List.of("<x>", "  padded"))),
                    Item.text("txt", "pre", "line 1\nline <2>")));

    @Test
    void escapesTextAndKeepsLinksRelative() {
        String html = HtmlPage.render("T & T", "lead", List.of(SECTION), "footer");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>T &amp; T</title>")
                .contains("A &lt;demo&gt; &amp; more").contains("intro &quot;quoted&quot;")
                .contains("<img src=\"vb/a%20b.png\"").contains("<a href=\"#demo\">")
                .contains("<td><code>&lt;x&gt;</code></td>").contains("<td><code>  padded</code></td>")
                .contains("<pre>line 1\nline &lt;2&gt;</pre>").contains("id=\"image-check\"")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void writesAtomicallyAndReplaces(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("index.html");
        Files.writeString(file, "old");
        HtmlPage.write(file, "T", "lead", List.of(SECTION), "footer");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("A &lt;demo&gt;");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("index.html");
        }
    }

    @Test
    void refusesBadItems() {
        assertThatThrownBy(() -> Item.table("t", "s", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows: row 0 of item 't' has 1 cells; expected 2 (the header's size)");
        assertThatThrownBy(() -> Item.figure("f", "s", "/etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("images: '/etc/passwd' of item 'f' is not a plain relative path inside the report folder");
        assertThatThrownBy(() -> Item.figure("f", "s", "../x.png")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../x.png'");
        assertThatThrownBy(() -> Section.of("Bad Id", "t", "m", "i", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id: 'Bad Id' is not a lower-case anchor name ([a-z][a-z0-9-]*)");
    }
}
