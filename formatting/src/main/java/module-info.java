/**
 * Python's {@code str.format} for Java: named and positional replacement fields, the whole
 * format-spec mini-language, and stable, file-name-safe run titles. No runtime dependencies; the
 * {@code dev.zatta.formatting.text} package bridges to Apache Commons Text when it is present.
 */
module dev.zatta.formatting {
    // optional: only the dev.zatta.formatting.text bridge needs it. Not `transitive`: a static
    // transitive requirement makes javac demand Commons Text from every module that reads this one.
    requires static org.apache.commons.text;

    exports dev.zatta.formatting;
    exports dev.zatta.formatting.text;
}
