package dev.zatta.plot;

import java.util.Arrays;

/**
 * A grayscale image: {@code width x height} values in [0, 1], row-major, 0 = black, 1 = white.
 * Immutable (the pixels are copied in and out).
 */
public final class GrayImage {
    private final int width;
    private final int height;
    private final double[] pixels;

    private GrayImage(int width, int height, double[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /**
     * An image from row-major pixels in [0, 1]: pixel (x, y) is {@code pixels[y * width + x]}.
     *
     * @throws IllegalArgumentException if a size is not positive, {@code pixels.length != width * height},
     *     or a value is NaN or outside [0, 1]; the message names the pixel and its value
     */
    public static GrayImage of(int width, int height, double[] pixels) {
        checkShape(width, height, pixels);
        for (int i = 0; i < pixels.length; i++) {
            double v = pixels[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("image " + width + "x" + height + ": pixel " + i + " (x="
                        + i % width + ", y=" + i / width + ") = " + v + "; expected a value in [0, 1]");
            }
        }
        return new GrayImage(width, height, pixels.clone());
    }

    /** As {@link #of(int, int, double[])}, for pixels held as floats (e.g. a network's output vector). */
    public static GrayImage of(int width, int height, float[] pixels) {
        return of(width, height, toDoubles(width, height, pixels));
    }

    /** As {@link #ofSigned(int, int, double[])}, for pixels held as floats. */
    public static GrayImage ofSigned(int width, int height, float[] pixels) {
        return ofSigned(width, height, toDoubles(width, height, pixels));
    }

    private static double[] toDoubles(int width, int height, float[] pixels) {
        if (pixels == null) {
            throw new IllegalArgumentException("image " + width + "x" + height + ": pixels is null; expected "
                    + (long) width * height + " values");
        }
        double[] d = new double[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            d[i] = pixels[i];
        }
        return d;
    }

    /**
     * An image from row-major pixels in [-1, 1] (a tanh output), mapped linearly to [0, 1]:
     * -1 = black, 1 = white.
     */
    public static GrayImage ofSigned(int width, int height, double[] pixels) {
        checkShape(width, height, pixels);
        double[] unit = new double[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            double v = pixels[i];
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("image " + width + "x" + height + ": pixel " + i + " (x="
                        + i % width + ", y=" + i / width + ") = " + v + "; expected a value in [-1, 1]");
            }
            unit[i] = Math.min(1.0, Math.max(0.0, (v + 1) / 2));
        }
        return new GrayImage(width, height, unit);
    }

    private static void checkShape(int width, int height, double[] pixels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size " + width + "x" + height
                    + "; expected width >= 1 and height >= 1");
        }
        if (pixels == null) {
            throw new IllegalArgumentException("image " + width + "x" + height + ": pixels is null; expected "
                    + (long) width * height + " values");
        }
        if ((long) width * height != pixels.length) {
            throw new IllegalArgumentException("image " + width + "x" + height + ": pixels.length = "
                    + pixels.length + "; expected " + (long) width * height + " (= " + width + " * " + height + ")");
        }
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The value of pixel (x, y), in [0, 1]. */
    public double get(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") is outside the " + width + "x"
                    + height + " image");
        }
        return pixels[y * width + x];
    }

    /** The 8-bit gray level (0..255) that pixel (x, y) is drawn with: {@code round(255 * value)}. */
    public int gray(int x, int y) {
        return (int) Math.round(255 * get(x, y));
    }

    /** A copy of the row-major pixels. */
    public double[] pixels() {
        return pixels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrayImage && ((GrayImage) o).width == width && ((GrayImage) o).height == height
                && Arrays.equals(((GrayImage) o).pixels, pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "GrayImage " + width + "x" + height;
    }
}
