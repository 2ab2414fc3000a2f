package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

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
        return distance(a, b) <= tolerance;
    }

    /** The largest difference of one channel between {@code a} and {@code b}. */
    static int distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /** Asserts that the pixel at ({@code x}, {@code y}) is within {@code tolerance} of {@code expected} in every channel. */
    static void assertNear(BufferedImage image, double x, double y, Color expected, int tolerance, String what) {
        Color c = at(image, x, y);
        assertThat(distance(c, expected)).as("%s: pixel (%.0f, %.0f) is %s, expected %s within %d per channel", what, x, y,
                hex(c), hex(expected), tolerance).isLessThanOrEqualTo(tolerance);
    }

    /** Asserts that the pixel at ({@code x}, {@code y}) differs from {@code other} by more than {@code tolerance}. */
    static void assertNotNear(BufferedImage image, double x, double y, Color other, int tolerance, String what) {
        Color c = at(image, x, y);
        assertThat(distance(c, other)).as("%s: pixel (%.0f, %.0f) is %s, expected a colour more than %d from %s", what,
                x, y, hex(c), tolerance, hex(other)).isGreaterThan(tolerance);
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
