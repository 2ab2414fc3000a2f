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
    void longWordsInTableCellsGetBreakOpportunitiesShortOnesStayWhole() {
        assertThat(HtmlPage.cell("fix: add `requires sample.lib;` to app")).isEqualTo("fix: add `requires sample.lib;` to app");
        assertThat(HtmlPage.cell("Maven: <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"))
                .isEqualTo("Maven: &lt;project.<wbr>build.<wbr>sourceEncoding&gt;<wbr>UTF-8<wbr>&lt;/<wbr>project.<wbr>build."
                        + "<wbr>sourceEncoding&gt;");
        // not after a decimal point; a hyphen is a break already; a run without any gets one every 20 characters
        assertThat(HtmlPage.cell("estimator-svm_gamma-0.16666666666666666_eta-100"))
                .isEqualTo("estimator-svm_<wbr>gamma-0.16666666666666666_<wbr>eta-100");
        assertThat(HtmlPage.cell("?".repeat(25))).isEqualTo("?".repeat(20) + "<wbr>" + "?".repeat(5));
        String html = HtmlPage.render("T", "lead", List.of(SECTION), "footer");
        assertThat(html).contains("<p id=\"layout-check\" data-scroll-width=\"\" data-inner-width=\"\" data-wide-sections=\"\" "
                + "data-scrolling-tables=\"\">");
        // a table sits in its own sideways-scrolling box, so a narrow window never makes the page wider
        assertThat(html).contains("<div class=\"table-wrap\"><table>\n<tr><th>k</th><th>v</th></tr>\n")
                .contains("</table></div>\n").contains(".table-wrap { max-width: 100%; overflow-x: auto;");
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
