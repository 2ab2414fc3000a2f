/**
 * Python's {@code str.format} semantics (CPython 3.11) for Java values, and run titles built from
 * parameter maps with a stable key order.
 */
package dev.zatta.formatting;
