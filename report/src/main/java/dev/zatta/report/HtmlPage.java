package dev.zatta.report;

import dev.zatta.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report page: one HTML file, self-contained apart from the images beside it (relative links, inline
 * CSS, no network). An inline script checks after loading that every image decoded and writes the
 * result into the page ({@code <p id="image-check" data-ok=".." data-total="..">}, and
 * {@code data-loaded="yes|no"} on each {@code <img>}), and that the page fits the window
 * ({@code <p id="layout-check" data-scroll-width=".." data-inner-width=".." data-wide-sections=".."
 * data-scrolling-tables="..">}: the page's scroll width, the window's inner width, the ids of the sections
 * wider than it, and how many tables scroll sideways in their own box), so a reader and a headless browser
 * see the same verdict. Tables sit in a box that scrolls sideways when the window is too narrow for them
 * (a phone's), so that they never widen the page; images and SVGs shrink to the width, preformatted text
 * scrolls in its box, and long words elsewhere wrap. Stateless.
 */
public final class HtmlPage {
    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif;
                   max-width: 1180px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45;
                   overflow-wrap: break-word; }
            h1, h2, h3, p, nav, figcaption { overflow-wrap: anywhere; }
            h1 { margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #1f77b4; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { margin-bottom: 0.3em; } nav a { margin-right: 1em; }
            .module { color: #666; font-size: 0.9em; font-weight: normal; }
            .problem { background: #fff3cd; border: 1px solid #e0b000; padding: 0.6em 1em; }
            figure { margin: 0.5em 0 1.5em 0; }
            img, svg { max-width: 100%; height: auto; border: 1px solid #ddd; box-sizing: border-box; }
            .table-wrap { max-width: 100%; overflow-x: auto; margin: 0.5em 0 1em 0; }
            table { border-collapse: collapse; font-size: 0.92em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; } td code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
            td code { white-space: pre-wrap; overflow-wrap: break-word; }
            @media (max-width: 900px) { table { font-size: 0.8em; } th, td { padding: 0.2em 0.4em; } }
            pre { background: #f7f7f7; border: 1px solid #ddd; padding: 0.6em; overflow-x: auto; font-size: 0.85em;
                  max-width: 100%; box-sizing: border-box; }
            #image-check, #layout-check { color: #666; font-size: 0.9em; }
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
              var page = document.documentElement.scrollWidth, win = window.innerWidth, wide = [];
              var sections = document.getElementsByTagName('section');
              for (var j = 0; j < sections.length; j++) {
                var s = sections[j];
                if (s.scrollWidth > s.clientWidth || s.getBoundingClientRect().right > win) { wide.push(s.id); }
              }
              var wraps = document.querySelectorAll('.table-wrap'), scrolling = 0;
              for (var k = 0; k < wraps.length; k++) {
                if (wraps[k].scrollWidth > wraps[k].clientWidth) { scrolling++; }
              }
              var l = document.getElementById('layout-check');
              l.setAttribute('data-scroll-width', String(page));
              l.setAttribute('data-inner-width', String(win));
              l.setAttribute('data-wide-sections', wide.join(' '));
              l.setAttribute('data-scrolling-tables', String(scrolling));
              l.textContent = 'layout check: the page is ' + page + ' px wide in a ' + win + ' px window'
                  + (wide.length ? '; wider than the window: ' + wide.join(', ') : '; no section is wider')
                  + (scrolling ? '; ' + scrolling + ' of ' + wraps.length + ' tables scroll sideways' : '');
            });
            """;

    /** Words longer than this get break opportunities in table cells ({@link #cell}). */
    static final int LONG_WORD = 20;
    private static final Pattern WORD = Pattern.compile("\\S{" + (LONG_WORD + 1) + ",}");
    /** Characters after which a long word may break (paths, class names, XML, diagnostics keys). */
    private static final String BREAK_AFTER = "/\\._>]),;:=&|";

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
                .append("<p id=\"layout-check\" data-scroll-width=\"\" data-inner-width=\"\" data-wide-sections=\"\" ")
                .append("data-scrolling-tables=\"\">")
                .append("layout check: not run (scripts off)</p>\n")
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
                h.append("<div class=\"table-wrap\"><table>\n<tr>");
                for (String c : item.header()) {
                    h.append("<th>").append(escape(c)).append("</th>");
                }
                h.append("</tr>\n");
                for (List<String> row : item.rows()) {
                    h.append("<tr>");
                    for (String c : row) {
                        h.append("<td><code>").append(cell(c)).append("</code></td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</table></div>\n");
            }
            if (!item.preformatted().isEmpty()) {
                h.append("<pre>").append(escape(item.preformatted())).append("</pre>\n");
            }
        }
        h.append("</section>\n");
    }

    /**
     * A table cell's text as HTML: escaped, and every word longer than {@value #LONG_WORD} characters (a path,
     * a class name, an XML element, mojibake) given {@code <wbr>} break opportunities after {@code / . _ > ] )}
     * and the like (not after a decimal point), before {@code < [ (}, and at least every {@value #LONG_WORD}
     * characters, so that no table is
     * forced wider than its window; where there is room the words stay whole, and copied text is unchanged.
     */
    static String cell(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            b.append(escape(text.substring(last, m.start())));
            int[] cps = m.group().codePoints().toArray();
            int run = 0;
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                if (i > 0 && run > 0 && (c == '<' || c == '[' || c == '(')) {
                    b.append("<wbr>");
                    run = 0;
                }
                b.append(escape(Character.toString(c)));
                run = c == '-' ? 0 : run + 1; // browsers break after a hyphen by themselves
                boolean decimalPoint = c == '.' && i + 1 < cps.length && Character.isDigit(cps[i + 1]);
                if (i < cps.length - 1 && ((BREAK_AFTER.indexOf(c) >= 0 && !decimalPoint) || run >= LONG_WORD)) {
                    b.append("<wbr>");
                    run = 0;
                }
            }
            last = m.end();
        }
        return b.append(escape(text.substring(last))).toString();
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
