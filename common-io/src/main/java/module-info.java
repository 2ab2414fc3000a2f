/**
 * How every zatta module writes files: {@link dev.zatta.io.AtomicFile} (a unique temporary file beside
 * the target, then a rename, so a crash never leaves half a file) and {@link dev.zatta.io.FileTrees}.
 * Depends on the JDK only.
 */
module dev.zatta.io {
    exports dev.zatta.io;
}
