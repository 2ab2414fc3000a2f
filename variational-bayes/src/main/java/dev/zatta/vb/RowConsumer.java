package dev.zatta.vb;

/** Receives data rows (x, t) one at a time, as a streaming pass produces them. */
@FunctionalInterface
public interface RowConsumer {
    /** Receives one row. */
    void accept(double x, double t);
}
