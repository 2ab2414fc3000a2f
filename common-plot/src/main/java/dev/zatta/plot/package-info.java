/**
 * Immutable figure descriptions (figures of panels, panels of layers, image grids) and one
 * {@code save(Path)} that writes PNG or SVG, headless.
 */
package dev.zatta.plot;
