/**
 * zatta's figures: immutable descriptions, drawn headless and written as PNG or SVG.
 *
 * <p>A {@link dev.zatta.plot.Panel} (one set of axes) holds {@link dev.zatta.plot.Layer}s: scatter,
 * lines, dashed lines, a mean with a shaded ±σ band, bars. A {@link dev.zatta.plot.Figure} lays panels
 * out in rows under an optional title. An {@link dev.zatta.plot.ImageGrid} shows
 * {@link dev.zatta.plot.GrayImage}s upscaled crisply with a caption above each. Every one of them has
 * {@code save(Path)}, which picks PNG or SVG from the file extension and writes through {@code dev.zatta.io.AtomicFile}, and
 * {@code render()}, which returns the pixels. Charts are drawn by JFreeChart, grids by plain Java2D, SVG
 * by JFreeSVG from the same Java2D calls. All values are immutable and safe to share between threads;
 * builders are not. Bad input fails early with an {@link java.lang.IllegalArgumentException} whose message
 * names the series, image or panel, the value and what was expected.
 */
package dev.zatta.plot;
