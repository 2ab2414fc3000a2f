package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {
    private static GrayImage random(int w, int h, long seed) {
        Random rng = new Random(seed);
        double[] p = new double[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextDouble();
        }
        p[0] = 0;
        p[1] = 1;
        return GrayImage.of(w, h, p);
    }

    private static ImageGrid grid(String title, int scale) {
        ImageGrid.Builder b = ImageGrid.builder(2, 3).title(title).scale(scale);
        for (int i = 0; i < 5; i++) {
            b.add(random(28, 28, i), i == 4 ? "" : String.format("0.%d1", i));
        }
        return b.build();
    }

    /** Every source pixel is a scale x scale block of exactly its gray level. */
    private static void assertCellIs(BufferedImage img, Rectangle r, GrayImage g, int scale) {
        assertThat(r.width).isEqualTo(g.width() * scale);
        assertThat(r.height).isEqualTo(g.height() * scale);
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                int level = g.gray(x / scale, y / scale);
                int expected = 0xff000000 | level << 16 | level << 8 | level;
                int actual = img.getRGB(r.x + x, r.y + y);
                if (actual != expected) {
                    throw new AssertionError(String.format("pixel (%d, %d) of the cell is %08x, expected %08x",
                            x, y, actual, expected));
                }
            }
        }
    }

    @Test
    void cellsHoldTheSourcePixelsExactlyAfterNearestNeighbourScaling() {
        ImageGrid grid = grid("epoch 0012", 3);
        BufferedImage img = grid.render();
        assertThat(img.getWidth()).isEqualTo(grid.width());
        assertThat(img.getHeight()).isEqualTo(grid.height());
        for (int i = 0; i < 5; i++) {
            assertCellIs(img, grid.imageBounds(i), random(28, 28, i), 3);
        }
        // the sixth cell is empty: white paper
        Rectangle empty = grid.imageBounds(5);
        assertThat(img.getRGB(empty.x + 10, empty.y + 10)).isEqualTo(0xffffffff);
    }

    @Test
    void captionsAreDrawnAboveTheirCellAndEmptyCaptionsLeaveItBlank() {
        ImageGrid grid = grid("", 2);
        BufferedImage img = grid.render();
        assertThat(dark(img, grid.captionBounds(0))).isGreaterThan(15);
        assertThat(dark(img, grid.captionBounds(3))).isGreaterThan(15);
        assertThat(dark(img, grid.captionBounds(4))).isZero();
        assertThat(grid.captionBounds(0).getMaxY()).isEqualTo(grid.imageBounds(0).getMinY());
    }

    @Test
    void longCaptionsShrinkToTheirCellAtSmallScales() {
        GrayImage g = random(20, 20, 3);
        ImageGrid grid = ImageGrid.builder(1, 3).scale(1).add(g, "P(real)=0.314").add(g, "0.99").add(g, "x").build();
        assertThat(grid.captionFont().getSize2D()).isLessThan(11f).isGreaterThanOrEqualTo(6f);
        BufferedImage img = grid.render();
        // nothing dark in the gaps between the caption bands
        Rectangle c0 = grid.captionBounds(0);
        Rectangle c1 = grid.captionBounds(1);
        Rectangle gap = new Rectangle(c0.x + c0.width, c0.y, c1.x - c0.x - c0.width, c0.height);
        assertThat(nonWhite(img, gap)).isZero();
        assertThat(nonWhite(img, c0)).isGreaterThan(20);
        assertThat(ImageGrid.builder(1, 1).scale(3).add(random(28, 28, 1), "0.31").build().captionFont().getSize2D())
                .isEqualTo(11f);
    }

    @Test
    void aTitleWiderThanTheCellsWidensTheGridAndCentresThem() {
        GrayImage g = random(10, 10, 4);
        ImageGrid grid = ImageGrid.builder(1, 2).scale(1).title("a title far wider than two tiny cells").add(g).add(g)
                .build();
        assertThat(grid.width()).isGreaterThan(200);
        Rectangle first = grid.imageBounds(0);
        Rectangle second = grid.imageBounds(1);
        assertThat(first.x - 0).isCloseTo(grid.width() - (second.x + second.width), within(1));
        BufferedImage img = grid.render();
        assertCellIs(img, second, g, 1);
        // the title reaches neither edge: the outermost columns stay white
        assertThat(nonWhite(img, new Rectangle(0, 0, 3, grid.height()))).isZero();
        assertThat(nonWhite(img, new Rectangle(grid.width() - 3, 0, 3, grid.height()))).isZero();
    }

    @Test
    void titleIsDrawnAboveTheCells() {
        ImageGrid titled = grid("epoch 0012", 2);
        ImageGrid plain = grid("", 2);
        assertThat(titled.height()).isGreaterThan(plain.height());
        Rectangle band = new Rectangle(0, 0, titled.width(), titled.captionBounds(0).y);
        assertThat(dark(titled.render(), band)).isGreaterThan(30);
        assertThat(plain.imageBounds(0).y).isLessThan(titled.imageBounds(0).y);
    }

    private static int nonWhite(BufferedImage img, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int dark(BufferedImage img, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void pngAndSvgOnDisk(@TempDir Path dir) throws IOException {
        ImageGrid grid = grid("epoch 0012", 3);
        Path png = dir.resolve("grids/epoch-0012.png");
        grid.save(png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(back.getWidth()).isEqualTo(grid.width());
        assertCellIs(back, grid.imageBounds(2), random(28, 28, 2), 3);

        Path svgFile = dir.resolve("grids/epoch-0012.svg");
        grid.save(svgFile);
        String svg = Files.readString(svgFile);
        assertThat(svg).containsPattern("<text[^>]*>epoch 0012</text>").containsPattern("<text[^>]*>0.21</text>");
        // the embedded images are the upscaled cells, pixel for pixel
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(svg);
        int images = 0;
        while (m.find()) {
            BufferedImage cell = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            Rectangle r = new Rectangle(0, 0, cell.getWidth(), cell.getHeight());
            assertCellIs(cell, r, random(28, 28, images), 3);
            images++;
        }
        assertThat(images).isEqualTo(5);
        try (var files = Files.list(png.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "epoch-0012.png", "epoch-0012.svg");
        }
    }

    @Test
    void gridValidation() {
        GrayImage g = random(4, 4, 1);
        assertThatThrownBy(() -> ImageGrid.builder(1, 2).add(g).add(g, "x").add(g, "0.31"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grid 1x2 is full: image 2 does not fit; expected at most 2 images");
        assertThatThrownBy(() -> ImageGrid.builder(2, 2).add(g).add(random(4, 5, 2)))
                .hasMessage("image 1 is 4x5 but image 0 is 4x4; expected all images of a grid to have the same size");
        assertThatThrownBy(() -> ImageGrid.builder(2, 2).build())
                .hasMessage("grid 2x2 has no images; expected at least one");
        assertThatThrownBy(() -> ImageGrid.builder(0, 2))
                .hasMessage("grid size 0x2; expected rows and columns in 1..1000");
        assertThatThrownBy(() -> ImageGrid.builder(2, 2).scale(0))
                .hasMessage("scale = 0; expected an integer in 1..64");
        assertThatThrownBy(() -> ImageGrid.builder(2, 2).add(g, null))
                .hasMessage("caption of image 0 is null; expected a string (\"\" for none)");
        assertThatThrownBy(() -> ImageGrid.builder(2, 2).add(null, ""))
                .hasMessage("image 0 is null; expected a GrayImage");
    }
}
