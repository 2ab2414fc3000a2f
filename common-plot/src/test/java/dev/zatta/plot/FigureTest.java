package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureTest {
    private static final Color BLUE = new Color(0x1f77b4);
    private static final Color ORANGE = new Color(0xff7f0e);

    /** A flat band: mean 0, σ 1 on x in [0, 10], drawn on y in [-3, 3]. */
    private static Panel flatBand(String title, double mean, double sd) {
        double[] x = new double[21];
        double[] m = new double[21];
        double[] s = new double[21];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 2.0;
            m[i] = mean;
            s[i] = sd;
        }
        return Panel.builder().title(title).xRange(0, 10).yRange(-3, 3)
                .add(Layer.band("mean ± 1σ", x, m, s)).legend(Panel.Legend.NONE).build();
    }

    @Test
    void bandIsShadedBetweenMeanMinusAndPlusSigmaAndAbsentOutside() {
        RenderedFigure r = Figure.builder().add(flatBand("band", 0, 1)).build().renderDetailed();
        BufferedImage img = r.image();
        Color band = Pixels.overWhite(BLUE, 0.25);
        double px = r.xToPixel(0, 5.3);
        for (double y : new double[] {0.63, 0.37, -0.37, -0.63, 0.9, -0.9}) {
            Pixels.assertNear(img, px, r.yToPixel(0, y), band, 3, "inside the band at y=" + y);
        }
        for (double y : new double[] {1.2, 1.7, 2.7, -1.2, -1.7, -2.7}) {
            Pixels.assertNotNear(img, px, r.yToPixel(0, y), band, 12, "outside the band at y=" + y);
            Color c = Pixels.at(img, px, r.yToPixel(0, y));
            assertThat(c.getRed() + c.getGreen() + c.getBlue()).as("y=%s is %s, expected light", y, Pixels.hex(c))
                    .isGreaterThan(3 * 225);
        }
        // the mean line itself, in the full series colour
        Pixels.assertNear(img, px, r.yToPixel(0, 0), BLUE, 20, "the mean line");
    }

    @Test
    void eachPanelTakesTheNextTab10ColourAndBandsFollowTheirLine() {
        double[] x = {0, 10};
        Panel p = Panel.builder().xRange(0, 10).yRange(-3, 3).legend(Panel.Legend.NONE)
                .add(Layer.line("first", x, new double[] {2.5, 2.5}))
                .add(Layer.band("second", x, new double[] {-1, -1}, new double[] {0.5, 0.5}))
                .build();
        RenderedFigure r = Figure.builder().add(p).build().renderDetailed();
        BufferedImage img = r.image();
        double px = r.xToPixel(0, 5.3);
        Pixels.assertNear(img, px, r.yToPixel(0, 2.5), BLUE, 20, "the first layer's line");
        Pixels.assertNear(img, px, r.yToPixel(0, -1), ORANGE, 20, "the second layer's mean line");
        Pixels.assertNear(img, px, r.yToPixel(0, -1.3), Pixels.overWhite(ORANGE, 0.25), 3, "the second layer's band");
    }

    @Test
    void negativeBarsHangFromZero() {
        Panel p = Panel.builder().legend(Panel.Legend.NONE)
                .add(Layer.bars("lower bound", new double[] {0, 1, 2}, new double[] {-10, -20, -5})).build();
        RenderedFigure r = Figure.builder().add(p).build().renderDetailed();
        BufferedImage img = r.image();
        double px = r.xToPixel(0, 1);
        Pixels.assertNear(img, px, r.yToPixel(0, -19), BLUE, 2, "bar 1 near its end at -20");
        Pixels.assertNear(img, px, r.yToPixel(0, -1), BLUE, 2, "bar 1 near zero");
        Pixels.assertNotNear(img, r.xToPixel(0, 2), r.yToPixel(0, -7), BLUE, 20, "below bar 2, which stops at -5");
        // zero is on the axis: the top of the data area
        assertThat(r.yToPixel(0, 0)).isCloseTo(r.dataArea(0).getMinY(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aSinglePointIsCentredInARangeWidenedByFivePercentAndTheMargin() {
        Panel p = Panel.builder().legend(Panel.Legend.NONE)
                .add(Layer.lineWithMarkers("one", new double[] {2}, new double[] {5})).build();
        RenderedFigure r = Figure.builder().add(p).build().renderDetailed();
        Rectangle2D a = r.dataArea(0);
        assertThat(r.xToPixel(0, 2)).isCloseTo(a.getCenterX(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(r.yToPixel(0, 5)).isCloseTo(a.getCenterY(), org.assertj.core.data.Offset.offset(0.5));
        // y spans 5 ± 0.275: 5.275 sits on the top edge
        assertThat(r.yToPixel(0, 5.275)).isCloseTo(a.getMinY(), org.assertj.core.data.Offset.offset(0.5));
        Pixels.assertNear(r.image(), a.getCenterX(), a.getCenterY(), BLUE, 10, "the point's marker");
    }

    @Test
    void panelsAreLaidOutRowMajorWithTheRequestedSize() {
        Figure f = Figure.builder().title("β learned").columns(2).panelSize(300, 200)
                .add(flatBand("a", 0, 1)).add(flatBand("b", 0, 1)).add(flatBand("c", 0, 1)).build();
        assertThat(f.rows()).isEqualTo(2);
        RenderedFigure r = f.renderDetailed();
        assertThat(r.image().getWidth()).isEqualTo(600);
        assertThat(r.image().getHeight()).isEqualTo(f.height()).isGreaterThan(400).isLessThan(450);
        Rectangle2D a = r.dataArea(0);
        Rectangle2D b = r.dataArea(1);
        Rectangle2D c = r.dataArea(2);
        assertThat(b.getMinX()).isGreaterThan(300);
        assertThat(c.getMinX()).isLessThan(300);
        assertThat(c.getMinY()).isGreaterThan(a.getMaxY());
        assertThat(c.getMinY() - a.getMinY()).isEqualTo(200.0);
    }

    @Test
    void aLongFigureTitleShrinksOrWrapsToFitTheFigure() {
        String title = "PRML Fig. 10.9: lower bound vs polynomial degree, t = sin(2πx) + N(0, 0.3²), 10 x evenly"
                + " spaced on [0, 1]";
        Figure wide = Figure.builder().title(title).panelSize(440, 340).add(flatBand("a", 0, 1))
                .add(flatBand("b", 0, 1)).build();
        assertThat(wide.height()).as("one smaller line").isEqualTo(34 + 340);
        assertInkWithin(wide.render(), 34);
        Figure narrow = Figure.builder().title(title).panelSize(300, 200).add(flatBand("a", 0, 1)).build();
        int titleBand = narrow.height() - 200;
        assertThat(titleBand).as("wrapped onto several lines").isGreaterThan(2 * 13);
        assertInkWithin(narrow.render(), titleBand);
        assertThat(narrow.renderDetailed().dataArea(0).getMinY()).isGreaterThan(titleBand);
    }

    private static void assertInkWithin(BufferedImage img, int band) {
        int inkLeft = Integer.MAX_VALUE;
        int inkRight = -1;
        for (int y = 0; y < band; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inkLeft = Math.min(inkLeft, x);
                    inkRight = Math.max(inkRight, x);
                }
            }
        }
        assertThat(inkLeft).isBetween(3, 60);
        assertThat(inkRight).isBetween(img.getWidth() - 60, img.getWidth() - 4);
    }

    @Test
    void pngOnDiskHasTheFigureSize(@TempDir Path dir) throws IOException {
        Figure f = Figure.builder().panelSize(320, 240).add(flatBand("a", 0, 1)).add(flatBand("b", 0, 1)).build();
        Path file = dir.resolve("deep/er/fig.png");
        f.save(file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(640);
        assertThat(back.getHeight()).isEqualTo(240);
        assertThat(back.getRGB(10, 10)).isEqualTo(f.render().getRGB(10, 10));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void svgHoldsTheTitlesAsText(@TempDir Path dir) throws IOException {
        Figure f = Figure.builder().title("β learned")
                .add(flatBand("n_iter:2 alpha:0.0813 beta:3.94", 0, 1))
                .add(Panel.builder().title("second").xLabel("x axis").yLabel("t axis")
                        .add(Layer.line("loss_d", new double[] {1, 2}, new double[] {1, 2})).build())
                .build();
        Path file = dir.resolve("fig.SVG");
        f.save(file);
        String svg = Files.readString(file);
        assertThat(svg).startsWith("<?xml").contains("<svg");
        for (String text : new String[] {"β learned", "n_iter:2 alpha:0.0813 beta:3.94", "second", "x axis",
            "t axis", "loss_d"}) {
            assertThat(svg).as("<text> for %s", text).containsPattern("<text[^>]*>" + Pattern.quote(text) + "</text>");
        }
        assertThat(svg).isEqualTo(f.toSvg());
    }

    @Test
    void svgIsWellFormedXmlWhoseTextElementsHoldEveryLabel() throws Exception {
        Figure f = Figure.builder().title("β learned & <escaped>")
                .add(Panel.builder().title("n_iter:2 alpha:0.0813 beta:3.94").xLabel("x").yLabel("t")
                        .add(Layer.scatter("data", new double[] {0, 1}, new double[] {0, 1})).build())
                .build();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(f.toSvg().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("480.0");
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        java.util.List<String> contents = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            contents.add(texts.item(i).getTextContent());
        }
        assertThat(contents).contains("β learned & <escaped>", "n_iter:2 alpha:0.0813 beta:3.94", "x", "t", "data");
        // no glyph outlines: every label is text, and the only paths are data, grid and clip shapes
        assertThat(contents.size()).isGreaterThan(8);
    }

    @Test
    void unsupportedExtensionIsRefusedAndNothingWritten(@TempDir Path dir) {
        Figure f = Figure.builder().add(flatBand("a", 0, 1)).build();
        assertThatThrownBy(() -> f.save(dir.resolve("fig.jpg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported file extension '.jpg' in '" + dir.resolve("fig.jpg")
                        + "'; expected .png or .svg");
        assertThatThrownBy(() -> f.save(dir.resolve("fig")))
                .hasMessage("unsupported file extension (none) in '" + dir.resolve("fig") + "'; expected .png or .svg");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void figureValidation() {
        assertThatThrownBy(() -> Figure.builder().title("t").build())
                .hasMessage("figure 't' has no panels; expected at least one Panel");
        assertThatThrownBy(() -> Figure.builder().columns(0))
                .hasMessage("columns = 0; expected >= 1");
        assertThatThrownBy(() -> Figure.builder().panelSize(20, 300))
                .hasMessage("panelSize = 20x300; expected width and height in 100..4000 pixels");
        assertThatThrownBy(() -> Figure.builder().add(null))
                .hasMessage("panel 0 is null; expected a Panel");
        assertThatThrownBy(() -> Figure.builder().add(flatBand("a", 0, 1)).build().renderDetailed().dataArea(1))
                .hasMessage("panel 1 does not exist; expected 0..0");
    }
}
