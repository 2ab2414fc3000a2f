package dev.zatta.plot;

import java.awt.GraphicsEnvironment;

/** Run in a fresh JVM without {@code -Djava.awt.headless}: draws a figure and reports what AWT thinks. */
public final class HeadlessProbe {
    private HeadlessProbe() {}

    public static void main(String[] args) {
        System.out.println("before=" + System.getProperty("java.awt.headless"));
        Figure f = Figure.builder()
                .add(Panel.builder().add(Layer.line("a", new double[] {0, 1}, new double[] {0, 1})).build()).build();
        int w = f.render().getWidth();
        System.out.println("after=" + System.getProperty("java.awt.headless") + " headless="
                + GraphicsEnvironment.isHeadless() + " width=" + w);
    }
}
