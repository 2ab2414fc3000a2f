/**
 * The gallery of figure kinds shown in common-plot's README: each method builds one figure from
 * synthetic, seeded data; {@link dev.zatta.plot.examples.Gallery#main} writes them all as PNG.
 * Not exported: an example, not API.
 */
package dev.zatta.plot.examples;
