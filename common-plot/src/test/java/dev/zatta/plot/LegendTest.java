package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Where {@link Panel.Legend} puts the legend: the corner asked for, away from the data, or beside the axes. */
class LegendTest {
    private static RenderedFigure draw(Panel.Legend where) {
        // data only along the bottom edge, so every corner but the lower ones (and the upper half) is empty
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
            BufferedImage img = r.image();
            int left = Pixels.darkPixels(img, a.getMinX() + 2, a.getMinY() + 2, a.getCenterX(), a.getCenterY());
            int right = Pixels.darkPixels(img, a.getCenterX(), a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY());
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
        assertThat(Pixels.darkPixels(none.image(), a.getMinX() + 2, a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY()))
                .isZero();
    }

    @Test
    void bestPutsTheLegendAwayFromTheData() {
        RenderedFigure r = draw(Panel.Legend.BEST);
        Rectangle2D a = r.dataArea(0);
        // the data hug the bottom: the legend goes to the upper right (first choice among the empty corners)
        assertThat(Pixels.darkPixels(r.image(), a.getCenterX(), a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY()))
                .isGreaterThan(50);
    }

    @Test
    void theLegendIsBesideTheAxesAndTheAxesMakeRoomForIt() {
        RenderedFigure outside = draw(Panel.Legend.OUTSIDE_RIGHT);
        RenderedFigure inside = draw(Panel.Legend.UPPER_RIGHT);
        Rectangle2D a = outside.dataArea(0);
        BufferedImage img = outside.image();
        assertThat(Pixels.darkPixels(img, a.getMinX() + 2, a.getMinY() + 2, a.getMaxX() - 2, a.getCenterY()))
                .as("dark pixels in the upper half of the axes").isZero();
        assertThat(Pixels.darkPixels(img, a.getMaxX() + 2, a.getMinY(), img.getWidth(), a.getCenterY()))
                .as("dark pixels right of the axes' upper half (the legend's text)").isGreaterThan(50);
        assertThat(a.getWidth()).as("the axes' width beside an outside legend")
                .isLessThan(inside.dataArea(0).getWidth() - 50);
        Rectangle2D b = inside.dataArea(0);
        assertThat(Pixels.darkPixels(inside.image(), b.getMaxX() + 2, b.getMinY(), img.getWidth(), b.getCenterY()))
                .as("dark pixels there with the legend inside").isZero();
    }
}
