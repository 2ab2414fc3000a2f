package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class AxesTest {
    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(Axes.niceStep(1.0, 5, false)).isEqualTo(0.2);
        assertThat(Axes.niceStep(1.0, 4, false)).isEqualTo(0.25);
        assertThat(Axes.niceStep(60, 6, false)).isEqualTo(10);
        assertThat(Axes.niceStep(9, 7, true)).isEqualTo(2);
        assertThat(Axes.niceStep(3, 9, true)).isEqualTo(1);
        assertThat(Axes.niceStep(0.003, 3, false)).isCloseTo(0.001, within(1e-15));
    }

    @Test
    void labelsUseAsManyDecimalsAsTheStepAndATrueMinus() {
        assertThat(Axes.format(0.2).format(-0.4)).isEqualTo("\u22120.4");
        assertThat(Axes.format(0.25).format(0.5)).isEqualTo("0.50");
        assertThat(Axes.format(2.5).format(5)).isEqualTo("5.0");
        assertThat(Axes.format(10).format(-20)).isEqualTo("\u221220");
        assertThat(Axes.format(5e4, 2.1e6).format(1.95e6)).isEqualTo("1.95e6");
        assertThat(Axes.format(5e4, 2.1e6).format(0)).isEqualTo("0");
        assertThat(Axes.format(5e-8, 3.2e-7).format(-1.5e-7)).isEqualTo("\u22121.5e\u22127");
        assertThat(Axes.format(0.5, 3).format(1.5)).isEqualTo("1.5");
    }

    @Test
    void logLabelsArePlainInAReadableRangeElseScientific() {
        assertThat(Axes.logLabel(0.5, true)).isEqualTo("0.5");
        assertThat(Axes.logLabel(1000, true)).isEqualTo("1000");
        assertThat(Axes.logLabel(1e-5, false)).isEqualTo("1e\u22125");
        assertThat(Axes.logLabel(1000, false)).isEqualTo("1e3");
        assertThat(Axes.logLabel(2e7, false)).isEqualTo("2×1e7");
    }

    @Test
    void logAxisMapsDecadesToEqualDistances() {
        double[] x = {1, 2, 3};
        Panel p = Panel.builder().logY(true).legend(Panel.Legend.NONE)
                .add(Layer.line("loss", x, new double[] {1, 10, 100})).build();
        RenderedFigure r = Figure.builder().add(p).build().renderDetailed();
        double d1 = r.yToPixel(0, 1) - r.yToPixel(0, 10);
        double d2 = r.yToPixel(0, 10) - r.yToPixel(0, 100);
        assertThat(d1).isPositive().isCloseTo(d2, within(1e-6));
        // the line passes through (2, 10)
        java.awt.image.BufferedImage img = r.image();
        boolean onLine = false;
        for (int dy = -2; dy <= 2; dy++) {
            onLine |= Pixels.near(Pixels.at(img, r.xToPixel(0, 2), r.yToPixel(0, 10) + dy), Palette.tab10(0), 30);
        }
        assertThat(onLine).as("the line passes within 2 px of (2, 10)").isTrue();
        boolean atTwenty = false;
        for (int dy = -2; dy <= 2; dy++) {
            atTwenty |= Pixels.near(Pixels.at(img, r.xToPixel(0, 2), r.yToPixel(0, 20) + dy), Palette.tab10(0), 30);
        }
        assertThat(atTwenty).as("and not near (2, 20)").isFalse();
    }

    @Test
    void bestLegendCornerAvoidsTheData() {
        NumberAxis y = new NumberAxis();
        y.setRange(0, 1);
        Range x = new Range(0, 1);
        Panel rising = Panel.builder().add(Layer.line("up", new double[] {0, 0.5, 0.9}, new double[] {0, 0.5, 0.9}))
                .build();
        assertThat(Charts.best(rising, x, y)).isEqualTo(Panel.Legend.UPPER_LEFT);
        Panel everywhereButLowerRight = Panel.builder().add(Layer.scatter("p", new double[] {0.1, 0.9, 0.1},
                new double[] {0.9, 0.9, 0.1})).build();
        assertThat(Charts.best(everywhereButLowerRight, x, y)).isEqualTo(Panel.Legend.LOWER_RIGHT);
        Panel bars = Panel.builder().add(Layer.bars("b", new double[] {0.1, 0.9}, new double[] {0.95, 0.2}))
                .build();
        assertThat(Charts.best(bars, x, y)).isEqualTo(Panel.Legend.UPPER_RIGHT);
    }
}
