/**
 * Writing files so that a reader never sees half of one: {@link dev.zatta.io.AtomicFile} writes to a
 * uniquely named temporary file in the target's folder and renames it over the target;
 * {@link dev.zatta.io.FileTrees} removes a folder and everything below it.
 */
package dev.zatta.io;
