package dev.zatta.gan.data;

import dev.zatta.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes the IDX format of the MNIST distribution, restricted to what MNIST uses: unsigned
 * bytes, images with 3 dimensions (count, rows, cols) and labels with 1 dimension (count).
 *
 * <p>An IDX file is a big-endian header followed by the data, row-major:
 * <pre>
 *   images: int32 magic 0x00000803, int32 count, int32 rows, int32 cols, count·rows·cols unsigned bytes
 *   labels: int32 magic 0x00000801, int32 count, count unsigned bytes
 * </pre>
 * The magic number's third byte is the element type (0x08 = unsigned byte), its fourth the number of
 * dimensions. Files may be gzip-compressed: that is detected from the gzip magic bytes {@code 1f 8b},
 * not from the file name (IDX magic numbers start with {@code 00 00}, so the two cannot be confused).
 * Writing compresses exactly when the file name ends in {@code .gz}.
 *
 * <p>Every defect — wrong magic, bad dimensions, a truncated file, bytes after the end — is refused
 * with an {@link IdxFormatException} whose message names the file, what was expected and what was
 * found. Stateless and thread-safe.
 */
public final class Idx {
    /** Magic number of an IDX file of unsigned-byte images: type 0x08, 3 dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned-byte labels: type 0x08, 1 dimension. */
    public static final int LABELS_MAGIC = 0x00000801;

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private Idx() {}

    /**
     * Images read from an IDX file: pixel bytes 0..255, row-major. Immutable; {@link #image(int)}
     * returns a fresh copy scaled to [0, 1].
     */
    public static final class Images {
        private final int count;
        private final int rows;
        private final int cols;
        private final byte[] pixels;

        Images(int count, int rows, int cols, byte[] pixels) {
            this.count = count;
            this.rows = rows;
            this.cols = cols;
            this.pixels = pixels;
        }

        /** Number of images. */
        public int count() {
            return count;
        }

        /** Image height in pixels. */
        public int rows() {
            return rows;
        }

        /** Image width in pixels. */
        public int cols() {
            return cols;
        }

        /** Image {@code i} as {@code rows·cols} values in [0, 1] (byte / 255), row-major. */
        public float[] image(int i) {
            Objects.checkIndex(i, count);
            int n = rows * cols;
            float[] out = new float[n];
            int base = i * n;
            for (int p = 0; p < n; p++) {
                out[p] = (pixels[base + p] & 0xff) / 255f;
            }
            return out;
        }

        /** All images, each as {@link #image(int)} gives it: a fresh, unmodifiable list. */
        public List<float[]> images() {
            float[][] out = new float[count][];
            for (int i = 0; i < count; i++) {
                out[i] = image(i);
            }
            return List.of(out);
        }

        /** The pixel bytes, shared: callers in this package must not modify them. */
        byte[] bytes() {
            return pixels;
        }
    }

    /**
     * Reads an IDX file of unsigned-byte images (magic 0x00000803), gzip-compressed or not.
     *
     * @throws IdxFormatException if the file is not such a file, is truncated or has trailing bytes
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Images readImages(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readImages(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX images " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads IDX images from a stream (gzip detected from its first bytes); {@code source} names the
     * stream in error messages. Reads the stream to its end; does not close it.
     */
    public static Images readImages(InputStream in, String source) throws IOException {
        Reader r = new Reader(in, source);
        r.magic(IMAGES_MAGIC);
        int count = r.dimension("image count");
        int rows = r.dimension("rows");
        int cols = r.dimension("cols");
        if (rows == 0 || cols == 0) {
            throw new IdxFormatException(source, "expected images of at least 1 x 1 pixels, found "
                    + rows + " x " + cols);
        }
        long total = (long) count * rows * cols;
        if (total > MAX_ARRAY) {
            throw new IdxFormatException(source, "header declares " + count + " images of " + rows + " x "
                    + cols + " = " + total + " bytes, more than this reader supports (" + MAX_ARRAY + ")");
        }
        String what = count + " images of " + rows + " x " + cols;
        byte[] pixels = r.data((int) total, what);
        r.end(16 + total, what);
        return new Images(count, rows, cols, pixels);
    }

    /**
     * Reads an IDX file of unsigned-byte labels (magic 0x00000801), gzip-compressed or not; each label
     * is returned as 0..255.
     *
     * @throws IdxFormatException if the file is not such a file, is truncated or has trailing bytes
     * @throws UncheckedIOException if the file cannot be read
     */
    public static int[] readLabels(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readLabels(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX labels " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads IDX labels from a stream, as {@link #readImages(InputStream, String)} does images. */
    public static int[] readLabels(InputStream in, String source) throws IOException {
        Reader r = new Reader(in, source);
        r.magic(LABELS_MAGIC);
        int count = r.dimension("label count");
        String what = count + " labels";
        byte[] bytes = r.data(count, what);
        r.end(8L + count, what);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = bytes[i] & 0xff;
        }
        return labels;
    }

    /**
     * Writes images as an IDX file of unsigned bytes (magic 0x00000803), each value {@code v} in [0, 1]
     * stored as {@code round(v·255)}; gzip-compressed when the name ends in {@code .gz}. The file is
     * written to a temporary name in the same folder and renamed, so it is either complete or absent.
     *
     * @throws IllegalArgumentException if an image has the wrong length or a value outside [0, 1]
     *     (nothing is written then)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeImages(Path file, List<float[]> images, int rows, int cols) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(images, "images");
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows, cols: expected >= 1, got " + rows + " x " + cols);
        }
        int n = rows * cols;
        byte[] data = new byte[Math.multiplyExact(images.size(), n)];
        for (int i = 0; i < images.size(); i++) {
            float[] image = images.get(i);
            if (image == null || image.length != n) {
                throw new IllegalArgumentException("images[" + i + "]: expected " + n + " values (" + rows
                        + " x " + cols + "), got " + (image == null ? "null" : image.length + " values"));
            }
            for (int p = 0; p < n; p++) {
                float v = image[p];
                if (!(v >= 0f && v <= 1f)) {
                    throw new IllegalArgumentException("images[" + i + "][" + p
                            + "]: expected a value in [0, 1], got " + v);
                }
                data[i * n + p] = (byte) Math.round(v * 255f);
            }
        }
        int[] header = {IMAGES_MAGIC, images.size(), rows, cols};
        write(file, header, data);
    }

    /**
     * Writes labels 0..255 as an IDX file of unsigned bytes (magic 0x00000801), atomically, gzip-
     * compressed when the name ends in {@code .gz}.
     *
     * @throws IllegalArgumentException if a label is outside 0..255 (nothing is written then)
     */
    public static void writeLabels(Path file, int[] labels) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(labels, "labels");
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("labels[" + i + "]: expected 0..255, got " + labels[i]);
            }
            data[i] = (byte) labels[i];
        }
        write(file, new int[] {LABELS_MAGIC, labels.length}, data);
    }

    private static void write(Path file, int[] header, byte[] data) {
        boolean gz = file.getFileName().toString().endsWith(".gz");
        try {
            AtomicFile.write(file, raw -> {
                OutputStream maybeGz = gz ? new GZIPOutputStream(raw, 1 << 16) : raw;
                DataOutputStream out = new DataOutputStream(maybeGz);
                for (int h : header) {
                    out.writeInt(h); // big-endian, as IDX requires
                }
                out.write(data);
                out.flush();
                if (maybeGz instanceof GZIPOutputStream g) {
                    g.finish();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write IDX file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Describes a magic number for an error message. */
    static String describeMagic(int magic) {
        String hex = String.format("0x%08x", magic);
        if ((magic >>> 16) != 0) {
            return hex + " (not an IDX file: an IDX magic number starts with two zero bytes)";
        }
        int type = (magic >>> 8) & 0xff;
        int dims = magic & 0xff;
        String typeName = switch (type) {
            case 0x08 -> "unsigned byte";
            case 0x09 -> "signed byte";
            case 0x0b -> "short";
            case 0x0c -> "int";
            case 0x0d -> "float";
            case 0x0e -> "double";
            default -> "unknown type 0x" + Integer.toHexString(type);
        };
        String hint = magic == LABELS_MAGIC ? ", a labels file" : magic == IMAGES_MAGIC ? ", an images file" : "";
        return hex + " (IDX " + typeName + ", " + dims + (dims == 1 ? " dimension" : " dimensions") + hint + ")";
    }

    /** Sequential reader of one IDX stream that counts bytes for its error messages. */
    private static final class Reader {
        private final InputStream in;
        private final String source;
        private final boolean gzip;
        private long position;

        Reader(InputStream raw, String source) throws IOException {
            this.source = source;
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            buffered.mark(2);
            int b0 = buffered.read();
            int b1 = buffered.read();
            buffered.reset();
            this.gzip = b0 == 0x1f && b1 == 0x8b;
            if (gzip) {
                try {
                    this.in = new GZIPInputStream(buffered, 1 << 16);
                } catch (EOFException | ZipException e) {
                    throw new IdxFormatException(source, "corrupt gzip header: " + e.getMessage());
                }
            } else {
                this.in = buffered;
            }
        }

        private String bytesWord() {
            return gzip ? " bytes (after gzip decompression)" : " bytes";
        }

        void magic(int expected) throws IOException {
            int magic = readInt("the magic number");
            if (magic != expected) {
                throw new IdxFormatException(source, "expected magic " + describeMagic(expected) + ", found "
                        + describeMagic(magic));
            }
        }

        int dimension(String name) throws IOException {
            int d = readInt("the " + name);
            if (d < 0) {
                throw new IdxFormatException(source, "expected a non-negative " + name + " in the header, found "
                        + Integer.toUnsignedString(d) + " (0x" + Integer.toHexString(d) + ")");
            }
            return d;
        }

        private int readInt(String what) throws IOException {
            byte[] b = read(4);
            if (b.length < 4) {
                throw new IdxFormatException(source, "truncated header: expected 4 bytes for " + what
                        + " at byte " + position + ", found " + b.length + bytesWord());
            }
            position += 4;
            return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        }

        byte[] data(int n, String what) throws IOException {
            byte[] b = read(n);
            if (b.length < n) {
                throw new IdxFormatException(source, "truncated: expected " + n + " data bytes for " + what
                        + " after the " + position + "-byte header, found " + b.length + bytesWord());
            }
            position += n;
            return b;
        }

        void end(long expectedLength, String what) throws IOException {
            long extra = 0;
            byte[] sink = new byte[8192];
            try {
                int r;
                while ((r = in.read(sink)) > 0) {
                    extra += r;
                }
            } catch (EOFException | ZipException e) {
                // a damaged tail of a gzip stream is still extra data
                extra = Math.max(extra, 1);
            }
            if (extra > 0) {
                throw new IdxFormatException(source, "expected the file to end after " + what + " ("
                        + expectedLength + bytesWord() + "), found " + extra + " trailing bytes");
            }
        }

        /** Reads up to {@code n} bytes, fewer only at the end of the stream; grows its buffer as data comes. */
        private byte[] read(int n) throws IOException {
            byte[] out = new byte[Math.min(n, 1 << 16)];
            int filled = 0;
            try {
                while (filled < n) {
                    if (filled == out.length) {
                        out = Arrays.copyOf(out, (int) Math.min(n, 2L * out.length));
                    }
                    int r = in.read(out, filled, out.length - filled);
                    if (r < 0) {
                        break;
                    }
                    filled += r;
                }
            } catch (EOFException e) {
                // a gzip stream cut short: report it as the truncation it is, below
            } catch (ZipException e) {
                throw new IdxFormatException(source, "corrupt gzip data after " + (position + filled)
                        + bytesWord() + ": " + e.getMessage());
            }
            return filled == out.length ? out : Arrays.copyOf(out, filled);
        }
    }
}
