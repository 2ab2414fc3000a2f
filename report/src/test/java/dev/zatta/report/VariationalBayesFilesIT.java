package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.formatting.Template;
import dev.zatta.plot.Figure;
import dev.zatta.vb.Figures;
import dev.zatta.vb.SyntheticData;
import dev.zatta.vb.VariationalLinearRegression;
import dev.zatta.vb.VbConfig;
import dev.zatta.vb.VbPosterior;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * variational-bayes titles its panels with a formatting template and draws through common-plot: the files
 * it writes are read back — PNG sizes, and the titles as {@code <text>} elements of the SVG, recomputed
 * here from separate fits and the blog's pattern.
 */
class VariationalBayesFilesIT {
    static final long SEED = 11;
    /** The blog's panel title, written out here rather than taken from the module. */
    static final Template BLOG_TITLE = Template.compile("n_iter:{i} alpha:{alpha:.3g} beta:{beta:.3g}");

    @TempDir
    static Path dir;
    static List<Path> files;
    static double[][] blog;

    @BeforeAll
    static void write() throws IOException {
        files = Figures.writeAll(dir, SEED);
        blog = SyntheticData.blog().sample(Figures.BLOG_N, SEED);
    }

    @Test
    void writesTheFourFiguresAsPngsOfTheFiguresSize() throws IOException {
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("blog-beta-fixed.png",
                "blog-beta-learned.png", "lower-bound-vs-degree.png", "lower-bound-vs-iteration.png");
        Figure fixed = Figures.blogFigure("β fixed at 10", Figures.blogFixedBeta(), blog[0], blog[1]);
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertThat(png.getWidth()).isEqualTo(fixed.width()).isEqualTo(3 * 400);
        assertThat(png.getHeight()).isEqualTo(fixed.height()).isGreaterThanOrEqualTo(320);
        BufferedImage rendered = fixed.render();
        assertThat(samePixels(png, rendered)).as("the PNG on disk is the figure as rendered in memory").isTrue();
        for (Path p : files) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertThat(img).as(p.toString()).isNotNull();
            assertThat(img.getWidth()).as(p.toString()).isGreaterThanOrEqualTo(400);
            assertThat(img.getHeight()).as(p.toString()).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void panelTitlesInTheSvgAreTheBlogsTemplateOfSeparateFits() throws Exception {
        VbConfig learned = Figures.blogLearnedBeta();
        Path svg = dir.resolve("learned.svg");
        Figures.blogFigure("β learned", learned, blog[0], blog[1]).save(svg);
        List<String> texts = svgTexts(svg);
        List<String> expected = new ArrayList<>();
        for (int i : Figures.BLOG_ITERATIONS) {
            // a separate fit stopped after sweep i (zero-based): the state the panel shows
            VbPosterior p = VariationalLinearRegression.fit(learned.toBuilder().tolerance(0).maxIterations(i + 1).build(),
                    blog[0], blog[1]);
            expected.add(BLOG_TITLE.format(Map.of("i", i, "alpha", p.expectedAlpha(), "beta", p.expectedBeta())));
        }
        assertThat(expected).allMatch(t -> t.matches("n_iter:\\d alpha:[0-9.e+-]+ beta:[0-9.e+-]+"));
        assertThat(texts).contains("β learned").containsAll(expected);
        // β fixed: the title shows the fixed value through the same spec
        Path svgFixed = dir.resolve("fixed.svg");
        Figures.blogFigure("β fixed at 10", Figures.blogFixedBeta(), blog[0], blog[1]).save(svgFixed);
        assertThat(svgTexts(svgFixed)).anyMatch(t -> t.matches("n_iter:0 alpha:[0-9.e+-]+ beta:10"))
                .anyMatch(t -> t.startsWith("n_iter:4 "));
    }

    /** The text content of every {@code <text>} element of an SVG file (JFreeSVG writes one per string). */
    static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    return false;
                }
            }
        }
        return true;
    }
}
