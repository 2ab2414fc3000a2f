package dev.zatta.vb;

/**
 * Bad input data: the message names the source (file name), the line and the offending value.
 */
public final class DataFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, where, and what was expected */
    public DataFormatException(String message) {
        super(message);
    }
}
