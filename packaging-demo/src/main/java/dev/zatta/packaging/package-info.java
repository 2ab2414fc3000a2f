/**
 * Diagnosis of module-path and source-encoding problems, as a library: {@link dev.zatta.packaging.Doctor}
 * checks compiled modules or source files and returns an immutable {@link dev.zatta.packaging.Report} of
 * {@link dev.zatta.packaging.Finding}s, each with what is wrong and the fix; {@link dev.zatta.packaging.Encodings}
 * checks bytes against a charset and guesses the one they are really in.
 */
package dev.zatta.packaging;
