/** Diagnosis of module-path and source-encoding problems, as a library. */
package dev.zatta.packaging;
