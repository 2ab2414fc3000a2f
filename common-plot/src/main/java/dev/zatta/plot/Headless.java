package dev.zatta.plot;

/**
 * Makes AWT headless before any figure is drawn, so that callers never set
 * {@code java.awt.headless} themselves and nothing ever opens a window.
 */
public final class Headless {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Headless() {}

    /** Sets {@code java.awt.headless=true}; idempotent. Returns whether AWT now reports headless. */
    public static boolean ensure() {
        System.setProperty("java.awt.headless", "true");
        return java.awt.GraphicsEnvironment.isHeadless();
    }
}
