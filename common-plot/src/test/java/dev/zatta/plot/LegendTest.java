package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class LegendTest {
    private static int darkPixels(BufferedImage img, double x0, double y0, double x1, double y1) {
        int n = 0;
        for (int y = (int) y0; y < (int) y1; y++) {
            for (int x = (int) x0; x < (int) x1; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 3 * 100) {
                    n++;
                }
            }
        }
        return n;
    }

    private static RenderedFigure draw(Panel.Legend where) {
        // data only along the bottom edge, so every corner but the lower ones is empty
        Panel p = Panel.builder().xRange(0, 10).yRange(0, 10).legend(where)
                .add(Layer.line("a fairly long legend label", new double[] {0, 10}, new double[] {0.3, 0.3}))
                .build();
        return Figure.builder().add(p).build().renderDetailed();
    }

    @Test
    void legendIsDrawnInTheRequestedCornerOnly() {
        for (Panel.Legend where : new Panel.Legend[] {Panel.Legend.UPPER_LEFT, Panel.Legend.UPPER_RIGHT}) {
            RenderedFigure r = draw(where);
            Rectangle2D a = r.dataArea(0);
            int left = darkPixels(r.image(), a.getMinX() + 2, a.getMinY() + 2, a.getCenterX(), a.getCenterY());
            int right = darkPixels(r.image(), a.getCenterX(), a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY());
            if (where == Panel.Legend.UPPER_LEFT) {
                assertThat(left).isGreaterThan(50);
                assertThat(right).isZero();
            } else {
                assertThat(right).isGreaterThan(50);
                assertThat(left).isZero();
            }
        }
        RenderedFigure none = draw(Panel.Legend.NONE);
        Rectangle2D a = none.dataArea(0);
        assertThat(darkPixels(none.image(), a.getMinX() + 2, a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY()))
                .isZero();
    }

    @Test
    void bestPutsTheLegendAwayFromTheData() {
        RenderedFigure r = draw(Panel.Legend.BEST);
        Rectangle2D a = r.dataArea(0);
        // the data hug the bottom: the legend goes to the upper right (first choice among the empty corners)
        assertThat(darkPixels(r.image(), a.getCenterX(), a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY()))
                .isGreaterThan(50);
    }
}
