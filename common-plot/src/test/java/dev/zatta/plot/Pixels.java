package dev.zatta.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Pixel helpers for the rendering tests. */
final class Pixels {
    private Pixels() {}

    static Color at(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }

    /** {@code color} at {@code alpha} over white, as the PNG holds it. */
    static Color overWhite(Color color, double alpha) {
        return new Color(mix(color.getRed(), alpha), mix(color.getGreen(), alpha), mix(color.getBlue(), alpha));
    }

    private static int mix(int c, double alpha) {
        return (int) Math.round(alpha * c + (1 - alpha) * 255);
    }

    static boolean near(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
