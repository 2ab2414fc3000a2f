package dev.zatta.gan.train;

/** A loss became NaN or infinite; the run stopped and its last good checkpoint is kept. */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TrainingDivergedException(String message) {
        super(message);
    }
}
