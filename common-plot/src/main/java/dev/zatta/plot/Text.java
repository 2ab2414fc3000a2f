package dev.zatta.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/** Plain Java2D text helpers shared by the figure title and the image grid. */
final class Text {
    private Text() {}

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Height of one line of {@code font} (ascent + descent), rounded up. */
    static int lineHeight(Font font) {
        LineMetrics m = font.getLineMetrics("Xg", FRC);
        return (int) Math.ceil(m.getAscent() + m.getDescent());
    }

    /**
     * {@code s} laid out to fit {@code width}: on one line in {@code font}, made smaller down to
     * {@code minSize} if need be; beyond that, word-wrapped at {@code minSize} onto as many lines as it takes
     * (a single word wider than {@code width} keeps a line of its own).
     */
    static Wrapped fit(Font font, String s, double width, float minSize) {
        double w = font.getStringBounds(s, FRC).getWidth();
        if (w <= width) {
            return new Wrapped(font, List.of(s));
        }
        float size = (float) Math.floor(font.getSize2D() * width / w * 2) / 2;
        if (size >= minSize) {
            return new Wrapped(font.deriveFont(size), List.of(s));
        }
        Font small = font.deriveFont(minSize);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && small.getStringBounds(candidate, FRC).getWidth() > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return new Wrapped(small, List.copyOf(lines));
    }

    /** Lines of text and the font they are drawn in. */
    static final class Wrapped {
        final Font font;
        final List<String> lines;

        Wrapped(Font font, List<String> lines) {
            this.font = font;
            this.lines = lines;
        }

        /** Height of all lines, each {@link #lineHeight} tall. */
        int height() {
            return lines.size() * lineHeight(font);
        }

        /** Draws the lines centred on {@code cx}, the block centred vertically in [top, top + height). */
        void draw(Graphics2D g2, Color color, double cx, double top, double bandHeight) {
            double y = top + (bandHeight - height()) / 2.0;
            for (String line : lines) {
                centered(g2, line, font, color, cx, y, lineHeight(font));
                y += lineHeight(font);
            }
        }
    }

    /** Draws {@code s} centred horizontally on {@code cx} and vertically in the band [top, top + height). */
    static void centered(Graphics2D g2, String s, Font font, Color color, double cx, double top, double height) {
        if (s.isEmpty()) {
            return;
        }
        g2.setFont(font);
        g2.setPaint(color);
        double w = font.getStringBounds(s, FRC).getWidth();
        LineMetrics m = font.getLineMetrics(s, FRC);
        double baseline = top + (height - (m.getAscent() + m.getDescent())) / 2 + m.getAscent();
        g2.drawString(s, (float) (cx - w / 2), (float) baseline);
    }
}
