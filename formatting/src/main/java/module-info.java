/**
 * Python's {@code str.format} for Java: named and positional replacement fields, the whole
 * format-spec mini-language, and stable, file-name-safe run titles. No runtime dependencies; the
 * {@code dev.zatta.formatting.text} package bridges to Apache Commons Text when it is present.
 */
module dev.zatta.formatting {
    requires static org.apache.commons.text;

    exports dev.zatta.formatting;
    exports dev.zatta.formatting.text;
}
