package dev.zatta.vb.spark.internal;

import dev.zatta.vb.SufficientStatistics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What one partition's task sends back to the driver: its rows' ΦᵀΦ, Φᵀt, tᵀt and count, their x
 * range, and the first value it refused, if any (the task stops there; the driver turns it into the
 * error). O(M²) numbers whatever the partition's size, sent as bytes ({@link #toBytes}: a fixed layout
 * of big-endian numbers, no Java serialization). Immutable once built.
 *
 * @param partition the partition's index
 * @param count rows folded in (before the refused one, if any)
 * @param gram ΦᵀΦ, M×M row-major
 * @param projection Φᵀt
 * @param targetSquares tᵀt
 * @param xMin the smallest x folded in (+∞ for none)
 * @param xMax the largest x folded in (−∞ for none)
 * @param refused why the value after the first {@code count} rows was refused, or null
 */
record PartitionStatistics(int partition, long count, double[] gram, double[] projection, double targetSquares,
        double xMin, double xMax, String refused) {

    static PartitionStatistics of(int partition, SufficientStatistics s, double xMin, double xMax, String refused) {
        return new PartitionStatistics(partition, s.count(), s.gram(), s.projection(), s.targetSquares(), xMin, xMax,
                refused);
    }

    /** The partial statistics (validated again on this side). */
    SufficientStatistics statistics() {
        return SufficientStatistics.of(gram, projection, targetSquares, count);
    }

    /** partition, count, M, ΦᵀΦ, Φᵀt, tᵀt, xMin, xMax, whether refused, the reason. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * (gram.length + projection.length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(partition);
            out.writeLong(count);
            out.writeInt(projection.length);
            for (double v : gram) {
                out.writeDouble(v);
            }
            for (double v : projection) {
                out.writeDouble(v);
            }
            out.writeDouble(targetSquares);
            out.writeDouble(xMin);
            out.writeDouble(xMax);
            out.writeBoolean(refused != null);
            if (refused != null) {
                out.writeUTF(refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The inverse of {@link #toBytes}. */
    static PartitionStatistics fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int partition = in.readInt();
            long count = in.readLong();
            int m = in.readInt();
            double[] gram = new double[m * m];
            for (int i = 0; i < gram.length; i++) {
                gram[i] = in.readDouble();
            }
            double[] projection = new double[m];
            for (int i = 0; i < m; i++) {
                projection[i] = in.readDouble();
            }
            double targetSquares = in.readDouble();
            double xMin = in.readDouble();
            double xMax = in.readDouble();
            String refused = in.readBoolean() ? in.readUTF() : null;
            return new PartitionStatistics(partition, count, gram, projection, targetSquares, xMin, xMax, refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
