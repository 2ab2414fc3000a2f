package dev.zatta.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/** The house look shared by every figure: matplotlib's tab10 colours, DejaVu Sans, white paper. */
final class Style {
    static {
        Headless.ensure();
    }

    private Style() {}

    static final String FONT_FAMILY = "DejaVu Sans";
    static final Font TITLE = new Font(FONT_FAMILY, Font.PLAIN, 14);
    static final Font FIGURE_TITLE = new Font(FONT_FAMILY, Font.PLAIN, 16);
    static final Font LABEL = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font TICK = new Font(FONT_FAMILY, Font.PLAIN, 11);
    static final Font LEGEND = new Font(FONT_FAMILY, Font.PLAIN, 11);
    static final Font CAPTION = new Font(FONT_FAMILY, Font.PLAIN, 11);

    static final Color PAPER = Color.WHITE;
    static final Color INK = new Color(0x1a1a1a);
    static final Color GRID = new Color(0xe5e5e5);
    static final Color FRAME = new Color(0x333333);
    static final Color LEGEND_FRAME = new Color(0xcccccc);
    static final Color LEGEND_BACKGROUND = new Color(255, 255, 255, 217);

    /** Transparency of a ±σ band, as matplotlib's {@code fill_between(..., alpha=0.25)}. */
    static final float BAND_ALPHA = 0.25f;

    static final List<Color> TAB10 = List.of(
            new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf));
}
