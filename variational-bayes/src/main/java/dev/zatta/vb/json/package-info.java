/**
 * The JSON documents the command lines write, through Jackson: {@link dev.zatta.vb.json.FitReportJson}
 * (a fit) and {@link dev.zatta.vb.json.SelectionJson} (a model selection). One layout for all: keys in a
 * fixed order, one entry per line, arrays on one line, non-finite numbers (an infinite predictive sd)
 * as {@code null}, since JSON has no infinity; files are written whole or not at all
 * ({@code dev.zatta.io.AtomicFile}).
 */
package dev.zatta.vb.json;
