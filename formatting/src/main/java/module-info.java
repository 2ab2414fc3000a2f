/**
 * Python's {@code str.format} for Java: named and positional replacement fields, the whole
 * format-spec mini-language, and stable, file-name-safe run titles. No runtime dependencies.
 */
module dev.zatta.formatting {
    exports dev.zatta.formatting;
}
