package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** {@link Panel.Legend#OUTSIDE_RIGHT}: the legend beside the axes, never over the data. */
class LegendOutsideTest {
    private static RenderedFigure draw(Panel.Legend where) {
        // data only along the bottom edge: the upper half of the axes is empty unless a legend is drawn there
        Panel p = Panel.builder().xRange(0, 10).yRange(0, 10).legend(where)
                .add(Layer.line("a fairly long legend label", new double[] {0, 10}, new double[] {0.3, 0.3}))
                .build();
        return Figure.builder().add(p).build().renderDetailed();
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
