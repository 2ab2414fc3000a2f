package dev.zatta.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rows x columns} grayscale images, each upscaled by an integer factor with nearest-neighbour
 * sampling (every source pixel becomes a crisp {@code scale x scale} block of the exact gray level
 * {@code round(255 * value)}), a small caption above each, an optional title, thin white gaps.
 * Cells are filled row-major; unfilled cells stay blank. Immutable; built with {@link #builder(int, int)}.
 *
 * <p>The paper is white, like the charts: the dark backgrounds of digit images then stand out as
 * separate tiles, captions are black on white, and a grid reads the same printed or on screen.
 */
public final class ImageGrid {
    static {
        Headless.ensure();
    }

    /** Default nearest-neighbour upscaling factor. */
    public static final int DEFAULT_SCALE = 3;

    private static final int MARGIN = 8;
    private static final int GAP = 4;
    private static final int CAPTION_PAD = 2;
    private static final int TITLE_PAD = 8;

    private final int rows;
    private final int columns;
    private final String title;
    private final int scale;
    private final List<GrayImage> images;
    private final List<String> captions;

    private ImageGrid(Builder b) {
        this.rows = b.rows;
        this.columns = b.columns;
        this.title = b.title;
        this.scale = b.scale;
        this.images = List.copyOf(b.images);
        this.captions = List.copyOf(b.captions);
    }

    /** A builder for a grid of {@code rows x columns} cells (each in 1..1000). */
    public static Builder builder(int rows, int columns) {
        return new Builder(rows, columns);
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int columns() {
        return columns;
    }

    /** The title ("" for none). */
    public String title() {
        return title;
    }

    /** The upscaling factor. */
    public int scale() {
        return scale;
    }

    /** The images, row-major. */
    public List<GrayImage> images() {
        return images;
    }

    /** The captions, one per image ("" for none). */
    public List<String> captions() {
        return captions;
    }

    private int imageWidth() {
        return images.get(0).width() * scale;
    }

    private int imageHeight() {
        return images.get(0).height() * scale;
    }

    private boolean hasCaptions() {
        return captions.stream().anyMatch(c -> !c.isEmpty());
    }

    private int captionHeight() {
        return hasCaptions() ? Text.lineHeight(captionFont()) + 2 * CAPTION_PAD : 0;
    }

    /**
     * The caption font: 11 px, or smaller (down to 6 px) when the widest caption would not fit in a
     * cell's width; what still does not fit is cut at the cell's edges, so captions never run into their
     * neighbours at small scales.
     */
    Font captionFont() {
        double widest = 0;
        for (String c : captions) {
            widest = Math.max(widest, Style.CAPTION.getStringBounds(c, Text.FRC).getWidth());
        }
        float size = Style.CAPTION.getSize2D();
        if (widest > imageWidth()) {
            size = (float) Math.max(6.0, Math.floor(size * imageWidth() / widest * 2) / 2);
        }
        return Style.CAPTION.deriveFont(size);
    }

    private int titleHeight() {
        return title.isEmpty() ? 0 : Text.lineHeight(Style.FIGURE_TITLE) + TITLE_PAD;
    }

    /** Width of the drawn grid in pixels. */
    public int width() {
        return Math.max(cellsWidth(), titleWidth()) + 2 * MARGIN;
    }

    private int cellsWidth() {
        return columns * imageWidth() + (columns - 1) * GAP;
    }

    /** A title wider than the cells widens the grid; the cells are then centred under it. */
    private int titleWidth() {
        return title.isEmpty() ? 0
                : (int) Math.ceil(Style.FIGURE_TITLE.getStringBounds(title, Text.FRC).getWidth());
    }

    /** Height of the drawn grid in pixels. */
    public int height() {
        return 2 * MARGIN + titleHeight() + rows * (captionHeight() + imageHeight()) + (rows - 1) * GAP;
    }

    /** Where cell {@code index}'s image is drawn (row-major index, 0-based), in pixels. */
    public Rectangle imageBounds(int index) {
        checkIndex(index);
        int row = index / columns;
        int col = index % columns;
        int x = (width() - cellsWidth()) / 2 + col * (imageWidth() + GAP);
        int y = MARGIN + titleHeight() + row * (captionHeight() + imageHeight() + GAP) + captionHeight();
        return new Rectangle(x, y, imageWidth(), imageHeight());
    }

    /** The band above cell {@code index}'s image where its caption is drawn (empty height without captions). */
    public Rectangle captionBounds(int index) {
        Rectangle image = imageBounds(index);
        return new Rectangle(image.x, image.y - captionHeight(), image.width, captionHeight());
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= rows * columns) {
            throw new IllegalArgumentException("cell " + index + " does not exist in a " + rows + "x" + columns
                    + " grid; expected 0.." + (rows * columns - 1));
        }
    }

    /** Draws the grid into a new RGB image of {@link #width()} x {@link #height()} pixels. */
    public BufferedImage render() {
        return Output.render(width(), height(), this::paint);
    }

    /** The grid as an SVG document: images embedded as PNG, captions and title as {@code <text>}. */
    public String toSvg() {
        return Output.svg(width(), height(), this::paint);
    }

    /**
     * Writes the grid as PNG or SVG, chosen by the extension ({@code .png} / {@code .svg}); other extensions
     * are refused. Written to a temporary name in the same folder and renamed; parent folders are created.
     */
    public void save(Path file) throws IOException {
        Output.save(file, width(), height(), this::paint);
    }

    private void paint(Graphics2D g2) {
        g2.setPaint(Style.PAPER);
        g2.fillRect(0, 0, width(), height());
        if (!title.isEmpty()) {
            Text.centered(g2, title, Style.FIGURE_TITLE, Style.INK, width() / 2.0, MARGIN, titleHeight() - TITLE_PAD);
        }
        Font captionFont = captionFont();
        for (int i = 0; i < images.size(); i++) {
            Rectangle r = imageBounds(i);
            // Already at its final size: drawn 1:1, so no interpolation can blur it (also in SVG viewers).
            g2.drawImage(upscale(images.get(i), scale), r.x, r.y, null);
            Rectangle c = captionBounds(i);
            java.awt.Shape clip = g2.getClip();
            g2.clip(c); // a caption too long even at 6 px is cut at its cell's edges, not drawn over neighbours
            Text.centered(g2, captions.get(i), captionFont, Style.INK, c.getCenterX(), c.y, c.height);
            g2.setClip(clip);
        }
    }

    /** Nearest-neighbour upscaling by pixel replication, gray level {@code round(255 * v)} in R, G and B. */
    static BufferedImage upscale(GrayImage image, int scale) {
        int w = image.width() * scale;
        int h = image.height() * scale;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int g = image.gray(x, y);
                int rgb = (g << 16) | (g << 8) | g;
                for (int k = 0; k < scale; k++) {
                    row[x * scale + k] = rgb;
                }
            }
            for (int k = 0; k < scale; k++) {
                out.setRGB(0, y * scale + k, w, 1, row, 0, w);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "image grid " + rows + "x" + columns + (title.isEmpty() ? "" : " '" + title + "'") + " with "
                + images.size() + " images";
    }

    /** Collects and validates the cells of an {@link ImageGrid}. Not thread-safe. */
    public static final class Builder {
        private final int rows;
        private final int columns;
        private String title = "";
        private int scale = DEFAULT_SCALE;
        private final List<GrayImage> images = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();

        private Builder(int rows, int columns) {
            if (rows < 1 || rows > 1000 || columns < 1 || columns > 1000) {
                throw new IllegalArgumentException("grid size " + rows + "x" + columns
                        + "; expected rows and columns in 1..1000");
            }
            this.rows = rows;
            this.columns = columns;
        }

        /** A title above the grid. */
        public Builder title(String title) {
            if (title == null) {
                throw new IllegalArgumentException("grid title is null; expected a string (\"\" for none)");
            }
            this.title = title;
            return this;
        }

        /** Nearest-neighbour upscaling factor, 1..64 (default 3). */
        public Builder scale(int scale) {
            if (scale < 1 || scale > 64) {
                throw new IllegalArgumentException("scale = " + scale + "; expected an integer in 1..64");
            }
            this.scale = scale;
            return this;
        }

        /** Fills the next cell (row-major) with {@code image} and no caption. */
        public Builder add(GrayImage image) {
            return add(image, "");
        }

        /** Fills the next cell (row-major) with {@code image} and {@code caption} above it. */
        public Builder add(GrayImage image, String caption) {
            int index = images.size();
            if (index >= rows * columns) {
                throw new IllegalArgumentException("grid " + rows + "x" + columns + " is full: image " + index
                        + " does not fit; expected at most " + rows * columns + " images");
            }
            if (image == null) {
                throw new IllegalArgumentException("image " + index + " is null; expected a GrayImage");
            }
            if (caption == null) {
                throw new IllegalArgumentException("caption of image " + index
                        + " is null; expected a string (\"\" for none)");
            }
            if (!images.isEmpty()) {
                GrayImage first = images.get(0);
                if (first.width() != image.width() || first.height() != image.height()) {
                    throw new IllegalArgumentException("image " + index + " is " + image.width() + "x"
                            + image.height() + " but image 0 is " + first.width() + "x" + first.height()
                            + "; expected all images of a grid to have the same size");
                }
            }
            images.add(image);
            captions.add(caption);
            return this;
        }

        /** The immutable grid; it needs at least one image. */
        public ImageGrid build() {
            if (images.isEmpty()) {
                throw new IllegalArgumentException("grid " + rows + "x" + columns
                        + " has no images; expected at least one");
            }
            return new ImageGrid(this);
        }
    }
}
