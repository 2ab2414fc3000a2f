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

    /** How many pixels of {@code image} in [x0, x1) × [y0, y1) are dark (mean of R, G, B below 100). */
    static int darkPixels(BufferedImage image, double x0, double y0, double x1, double y1) {
        int n = 0;
        for (int y = (int) y0; y < (int) y1; y++) {
            for (int x = (int) x0; x < (int) x1; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 3 * 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
