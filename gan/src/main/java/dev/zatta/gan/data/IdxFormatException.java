package dev.zatta.gan.data;

import java.nio.file.Path;

/**
 * An IDX file that is not what it must be: wrong magic number, wrong dimensions, truncated, trailing
 * bytes, or an images file and a labels file that do not belong together. The message names the file,
 * what was expected and what was found.
 */
public final class IdxFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the file (or resource) the problem was found in
     * @param message what was expected and what was found, without the file name
     */
    public IdxFormatException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    /** @param file the file the problem was found in */
    public IdxFormatException(Path file, String message) {
        this(file.toString(), message);
    }

    /** The file or resource name the problem was found in. */
    public String source() {
        return source;
    }
}
