package dev.zatta.plot;

import dev.zatta.io.AtomicFile;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Picks PNG or SVG from a file name and writes it through {@link AtomicFile} (whole or not at all). */
final class Output {
    static {
        Headless.ensure();
    }

    /** The two file formats that {@code save(Path)} writes. */
    enum Format {
        PNG,
        SVG
    }

    private Output() {}

    /** The format named by {@code file}'s extension, or an exception naming the file and what is accepted. */
    static Format formatOf(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file is null; expected a path ending in .png or .svg");
        }
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
        switch (ext) {
            case ".png":
                return Format.PNG;
            case ".svg":
                return Format.SVG;
            default:
                throw new IllegalArgumentException("unsupported file extension "
                        + (ext.isEmpty() ? "(none)" : "'" + ext + "'") + " in '" + file
                        + "'; expected .png or .svg");
        }
    }

    /**
     * Draws {@code width x height} pixels with {@code painter} into {@code file}, PNG or SVG by its
     * extension. The extension is checked before anything is drawn or written.
     */
    static void save(Path file, int width, int height, Consumer<Graphics2D> painter) throws IOException {
        Format format = formatOf(file);
        if (format == Format.PNG) {
            BufferedImage image = render(width, height, painter);
            AtomicFile.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available in ImageIO");
                }
            });
        } else {
            AtomicFile.writeString(file, svg(width, height, painter));
        }
    }

    /** Draws into a new RGB image with antialiasing. */
    static BufferedImage render(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            hints(g2);
            painter.accept(g2);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Draws with JFreeSVG; text stays text ({@code <text>} elements), images are embedded. */
    static String svg(int width, int height, Consumer<Graphics2D> painter) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // A fixed prefix for clip-path ids (JFreeSVG's default embeds the clock): same figure, same bytes.
        g2.setDefsKeyPrefix("zatta-");
        // Viewers without DejaVu Sans fall back to a similar sans-serif face.
        g2.setFontFunction(family -> "\"" + family + "\", \"Bitstream Vera Sans\", Verdana, sans-serif");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, SVGHints.VALUE_IMAGE_HANDLING_EMBED);
        hints(g2);
        painter.accept(g2);
        return g2.getSVGDocument();
    }

    private static void hints(Graphics2D g2) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
