package dev.zatta.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/** Plain Java2D text helpers shared by the figure title and the image grid. */
final class Text {
    private Text() {}

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Height of one line of {@code font} (ascent + descent), rounded up. */
    static int lineHeight(Font font) {
        LineMetrics m = font.getLineMetrics("Xg", FRC);
        return (int) Math.ceil(m.getAscent() + m.getDescent());
    }

    /** {@code font}, made smaller (not below 8 px) until {@code s} is at most {@code width} wide. */
    static Font fitting(Font font, String s, double width) {
        double w = font.getStringBounds(s, FRC).getWidth();
        if (w <= width) {
            return font;
        }
        return font.deriveFont((float) Math.max(8.0, Math.floor(font.getSize2D() * width / w * 2) / 2));
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
