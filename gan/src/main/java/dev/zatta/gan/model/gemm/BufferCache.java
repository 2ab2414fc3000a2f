package dev.zatta.gan.model.gemm;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An op's working arrays, one set per {@link Batch}: a training step alternates between D's real and fake
 * images together and D's fake images alone, and each gets its own set, allocated on first use and kept. (A
 * fresh off-heap array of a few hundred kilobytes costs ND4J about as much as a matrix product of that size,
 * so nothing is allocated per step.) Not thread-safe.
 *
 * @param <B> the op's record of buffers
 */
final class BufferCache<B> {
    private final Map<Batch, B> sets = new HashMap<>();
    private final Function<Batch, B> allocate;

    BufferCache(Function<Batch, B> allocate) {
        this.allocate = allocate;
    }

    /** The buffers for {@code batch}, allocated the first time. */
    B get(Batch batch) {
        return sets.computeIfAbsent(batch, allocate);
    }
}
