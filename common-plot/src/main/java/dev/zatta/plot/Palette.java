package dev.zatta.plot;

import java.awt.Color;
import java.util.List;

/**
 * matplotlib's default colour cycle ("tab10"); layers without an explicit colour take the next one
 * in a panel. Immutable.
 */
public final class Palette {
    private Palette() {}

    /** The ten colours #1f77b4 #ff7f0e #2ca02c #d62728 #9467bd #8c564b #e377c2 #7f7f7f #bcbd22 #17becf. */
    public static List<Color> tab10() {
        return Style.TAB10;
    }

    /** The {@code i}-th colour of the cycle, wrapping around after ten ({@code i >= 0}). */
    public static Color tab10(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("colour index " + i + " is negative; expected >= 0");
        }
        return Style.TAB10.get(i % Style.TAB10.size());
    }
}
