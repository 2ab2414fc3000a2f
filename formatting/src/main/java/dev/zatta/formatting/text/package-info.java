/**
 * Optional bridge to Apache Commons Text: {@link dev.zatta.formatting.text.PythonFormatLookup} makes
 * {@code StringSubstitutor} understand {@code ${gamma:.2f}}. Needs commons-text on the class or module
 * path; the core package {@code dev.zatta.formatting} does not.
 */
package dev.zatta.formatting.text;
