package dev.zatta.report;

import dev.zatta.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The report page: one HTML file, self-contained apart from the images beside it (relative links, inline
 * CSS, no network). An inline script checks after loading that every image decoded and writes the
 * result into the page ({@code <p id="image-check" data-ok=".." data-total="..">}, and
 * {@code data-loaded="yes|no"} on each {@code <img>}), so a reader and a headless browser see the same
 * verdict. Stateless.
 */
public final class HtmlPage {
    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif;
                   max-width: 1180px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
            h1 { margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #1f77b4; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { margin-bottom: 0.3em; } nav a { margin-right: 1em; }
            .module { color: #666; font-size: 0.9em; font-weight: normal; }
            .problem { background: #fff3cd; border: 1px solid #e0b000; padding: 0.6em 1em; }
            figure { margin: 0.5em 0 1.5em 0; } img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 0.5em 0 1em 0; font-size: 0.92em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; } td code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
            td code { white-space: pre-wrap; overflow-wrap: break-word; }
            pre { background: #f7f7f7; border: 1px solid #ddd; padding: 0.6em; overflow-x: auto; font-size: 0.85em; }
            #image-check { color: #666; font-size: 0.9em; }
            """;

    private static final String CHECK_SCRIPT = """
            window.addEventListener('load', function () {
              var imgs = document.images, ok = 0, missing = [];
              for (var i = 0; i < imgs.length; i++) {
                var good = imgs[i].complete && imgs[i].naturalWidth > 0;
                imgs[i].setAttribute('data-loaded', good ? 'yes' : 'no');
                if (good) { ok++; } else { missing.push(imgs[i].getAttribute('src')); }
              }
              var p = document.getElementById('image-check');
              p.setAttribute('data-ok', String(ok));
              p.setAttribute('data-total', String(imgs.length));
              p.textContent = 'image check: ' + ok + ' of ' + imgs.length + ' images loaded'
                  + (missing.length ? '; missing: ' + missing.join(', ') : '');
            });
            """;

    private HtmlPage() {
    }

    /** The page for {@code sections}, with {@code title} and a footer line saying how it was made. */
    public static String render(String title, String lead, List<Section> sections, String footer) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(lead)).append("</p>\n<nav>");
        for (Section s : sections) {
            h.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title())).append("</a>");
        }
        h.append("</nav>\n");
        for (Section s : sections) {
            section(h, s);
        }
        h.append("<hr>\n<p id=\"image-check\" data-ok=\"\" data-total=\"\">image check: not run (scripts off)</p>\n")
                .append("<p class=\"module\">").append(escape(footer)).append("</p>\n")
                .append("<script>\n").append(CHECK_SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Writes the page to {@code file} through {@link AtomicFile} (whole or not at all). */
    public static void write(Path file, String title, String lead, List<Section> sections, String footer)
            throws IOException {
        AtomicFile.writeString(file, render(title, lead, sections, footer));
    }

    private static void section(StringBuilder h, Section s) {
        h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title()))
                .append(" <span class=\"module\">— module <code>").append(escape(s.module()))
                .append("</code></span></h2>\n<p>").append(escape(s.intro())).append("</p>\n");
        if (!s.problem().isEmpty()) {
            h.append("<p class=\"problem\">").append(escape(s.problem())).append("</p>\n");
        }
        for (Item item : s.items()) {
            h.append("<h3>").append(escape(item.title())).append("</h3>\n<p>").append(escape(item.sentence()))
                    .append("</p>\n");
            for (String img : item.images()) {
                h.append("<figure><a href=\"").append(escapeUrl(img)).append("\"><img src=\"").append(escapeUrl(img))
                        .append("\" alt=\"").append(escape(item.title() + ": " + img)).append("\"></a></figure>\n");
            }
            if (!item.header().isEmpty()) {
                h.append("<table>\n<tr>");
                for (String c : item.header()) {
                    h.append("<th>").append(escape(c)).append("</th>");
                }
                h.append("</tr>\n");
                for (List<String> row : item.rows()) {
                    h.append("<tr>");
                    for (String c : row) {
                        h.append("<td><code>").append(escape(c)).append("</code></td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
            if (!item.preformatted().isEmpty()) {
                h.append("<pre>").append(escape(item.preformatted())).append("</pre>\n");
            }
        }
        h.append("</section>\n");
    }

    /** HTML-escapes text for element content and double-quoted attributes. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A relative file name as a URL path: each segment percent-encoded where needed, then HTML-escaped. */
    static String escapeUrl(String relative) {
        StringBuilder b = new StringBuilder();
        for (byte x : relative.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return escape(b.toString());
    }
}
