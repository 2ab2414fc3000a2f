package dev.zatta.gan.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Labelled 28×28 grey-scale images: MNIST digits, Fashion-MNIST or anything else in MNIST's IDX format
 * with labels 0..9. Immutable and thread-safe; {@link #image(int)} returns a fresh array.
 *
 * <p>Pixels are stored as the file's bytes and scaled on access to [0, 1] (byte / 255), 0 being the
 * background (MNIST's digits are white on black). {@link #embedded()} gives the 10,000 real MNIST
 * digits shipped inside this module (the default data of the {@code gan} commands); {@link #read(Path)}
 * reads the standard files from a folder, e.g. the full MNIST or {@code /usr/share/datasets/fashion-mnist}.
 */
public final class MnistData {
    /** Image height of MNIST. */
    public static final int ROWS = 28;
    /** Image width of MNIST. */
    public static final int COLS = 28;
    /** Number of classes; labels are 0..9. */
    public static final int CLASSES = 10;

    private static final int PIXELS = ROWS * COLS;
    private static final String EMBEDDED_DIR = "mnist-10k/";
    private static final Pattern IMAGES_NAME = Pattern.compile("(.*)images[-.]idx3-ubyte(\\.gz)?");
    private static final Pattern LABELS_NAME = Pattern.compile("(.*)labels[-.]idx1-ubyte(\\.gz)?");
    private static final Pattern DIGITS_PART = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?");

    private final byte[] pixels;
    private final byte[] labels;
    private final String source;

    private MnistData(byte[] pixels, byte[] labels, String source) {
        this.pixels = pixels;
        this.labels = labels;
        this.source = source;
    }

    /**
     * The 10,000 real MNIST digits shipped in this module's resources ({@code mnist-10k}, see its
     * {@code SOURCE.md}: MNIST database by LeCun, Cortes and Burges, CC BY-SA 3.0), in the order of the
     * source: grouped by label, all zeros first. Shuffle before training. Loaded once, then shared.
     */
    public static MnistData embedded() {
        return Embedded.DATA;
    }

    private static final class Embedded {
        static final MnistData DATA = loadEmbedded();
    }

    private static MnistData loadEmbedded() {
        String imagesName = EMBEDDED_DIR + "images-idx3-ubyte.gz";
        String labelsName = EMBEDDED_DIR + "labels-idx1-ubyte.gz";
        try (InputStream images = resource(imagesName); InputStream labels = resource(labelsName)) {
            return of(Idx.readImages(images, "resource " + imagesName),
                    Idx.readLabels(labels, "resource " + labelsName),
                    "resource " + imagesName, "resource " + labelsName, "embedded MNIST (10,000 digits)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded MNIST digits: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MnistData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing next to " + MnistData.class.getName()
                    + ": the gan jar is incomplete");
        }
        return in;
    }

    /**
     * Reads a data set from a folder holding MNIST's standard file names: one
     * {@code <prefix>images-idx3-ubyte[.gz]} and the {@code <prefix>labels-idx1-ubyte[.gz]} with the same
     * prefix ({@code images.idx3-ubyte} with a dot is accepted too). When the folder holds several sets, as
     * the full MNIST and Fashion-MNIST do ({@code train-} and {@code t10k-}), the {@code train-} set is
     * read; any other choice needs {@link #read(Path, Path)}. When a file is present both compressed and
     * uncompressed, the uncompressed one is read.
     *
     * @throws IllegalArgumentException if the folder does not exist or holds no (or no unambiguous) set
     * @throws IdxFormatException if a file is malformed, the images are not 28×28, the counts differ or a
     *     label is outside 0..9
     */
    public static MnistData read(Path dir) {
        return readSet(dir, null);
    }

    /**
     * The test split of a folder holding the full MNIST or Fashion-MNIST: its {@code t10k-} set.
     *
     * @throws IllegalArgumentException if the folder holds no {@code t10k-images-idx3-ubyte[.gz]} and its labels
     */
    public static MnistData readTest(Path dir) {
        return readSet(dir, TEST_PREFIX);
    }

    /** The file-name prefix of the test split of MNIST and Fashion-MNIST. */
    public static final String TEST_PREFIX = "t10k-";

    private static MnistData readSet(Path dir, String wanted) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("data: expected a folder holding *images-idx3-ubyte[.gz] and "
                    + "*labels-idx1-ubyte[.gz], got " + dir + (Files.exists(dir) ? " (not a folder)" : " (does not exist)"));
        }
        Map<String, List<Path>> imagesByPrefix = new TreeMap<>();
        Map<String, List<Path>> labelsByPrefix = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                Matcher m = IMAGES_NAME.matcher(name);
                if (m.matches()) {
                    imagesByPrefix.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
                }
                m = LABELS_NAME.matcher(name);
                if (m.matches()) {
                    labelsByPrefix.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list data folder " + dir + ": " + e.getMessage(), e);
        }
        if (imagesByPrefix.isEmpty()) {
            throw new IllegalArgumentException("data: found no *images-idx3-ubyte[.gz] file in " + dir);
        }
        String prefix;
        if (wanted != null) {
            if (!imagesByPrefix.containsKey(wanted)) {
                throw new IllegalArgumentException("data: expected a " + wanted + "images-idx3-ubyte[.gz] file (the test"
                        + " split) in " + dir + ", got " + imagesByPrefix.values());
            }
            prefix = wanted;
        } else if (imagesByPrefix.size() == 1) {
            prefix = imagesByPrefix.keySet().iterator().next();
        } else if (imagesByPrefix.containsKey("train-")) {
            prefix = "train-";
        } else {
            throw new IllegalArgumentException("data: found several image sets in " + dir + " "
                    + imagesByPrefix.values() + " and none named train-*; name the files explicitly");
        }
        List<Path> labelFiles = labelsByPrefix.get(prefix);
        if (labelFiles == null) {
            throw new IllegalArgumentException("data: found " + imagesByPrefix.get(prefix).get(0).getFileName()
                    + " but no " + prefix + "labels-idx1-ubyte[.gz] beside it in " + dir);
        }
        return read(preferUncompressed(imagesByPrefix.get(prefix)), preferUncompressed(labelFiles));
    }

    private static Path preferUncompressed(List<Path> files) {
        return files.stream().filter(f -> !f.getFileName().toString().endsWith(".gz")).findFirst()
                .orElse(files.get(0));
    }

    /**
     * Reads a data set from an IDX images file and the matching IDX labels file (each gzip-compressed or
     * not).
     *
     * @throws IdxFormatException if a file is malformed, the images are not 28×28, the counts differ or a
     *     label is outside 0..9
     */
    public static MnistData read(Path imagesFile, Path labelsFile) {
        Idx.Images images = Idx.readImages(imagesFile);
        int[] labels = Idx.readLabels(labelsFile);
        return of(images, labels, imagesFile.toString(), labelsFile.toString(), imagesFile.toString());
    }

    private static MnistData of(Idx.Images images, int[] labels, String imagesName, String labelsName,
            String source) {
        if (images.rows() != ROWS || images.cols() != COLS) {
            throw new IdxFormatException(imagesName, "expected images of " + ROWS + " x " + COLS
                    + " pixels (MNIST), found " + images.rows() + " x " + images.cols());
        }
        if (images.count() != labels.length) {
            throw new IdxFormatException(labelsName, "expected " + images.count() + " labels, one per image of "
                    + imagesName + ", found " + labels.length);
        }
        byte[] labelBytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= CLASSES) {
                throw new IdxFormatException(labelsName, "expected labels 0..9, found " + labels[i]
                        + " at index " + i);
            }
            labelBytes[i] = (byte) labels[i];
        }
        return new MnistData(images.bytes(), labelBytes, source);
    }

    /**
     * The images whose label is in {@code digits}, in their original order.
     *
     * @throws IllegalArgumentException if {@code digits} is empty or holds a value outside 0..9
     */
    public MnistData select(Set<Integer> digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("digits: expected at least one digit 0..9, got none");
        }
        boolean[] keep = new boolean[CLASSES];
        for (Integer d : digits) {
            if (d == null || d < 0 || d >= CLASSES) {
                throw new IllegalArgumentException("digits: expected values 0..9, got " + d + " in " + digits);
            }
            keep[d] = true;
        }
        int n = 0;
        for (byte l : labels) {
            if (keep[l]) {
                n++;
            }
        }
        int[] indices = new int[n];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (keep[labels[i]]) {
                indices[k++] = i;
            }
        }
        return subset(indices, source + " digits " + formatDigits(new TreeSet<>(digits)));
    }

    /**
     * The images at {@code indices}, in that order (repeats allowed).
     *
     * @throws IndexOutOfBoundsException if an index is outside 0..size()−1
     */
    public MnistData subset(int[] indices) {
        return subset(indices, source + " subset");
    }

    private MnistData subset(int[] indices, String newSource) {
        byte[] p = new byte[indices.length * PIXELS];
        byte[] l = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = Objects.checkIndex(indices[k], labels.length);
            System.arraycopy(pixels, i * PIXELS, p, k * PIXELS, PIXELS);
            l[k] = labels[i];
        }
        return new MnistData(p, l, newSource);
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** Image height in pixels: 28. */
    public int rows() {
        return ROWS;
    }

    /** Image width in pixels: 28. */
    public int cols() {
        return COLS;
    }

    /** Image {@code i} as 784 values in [0, 1], row-major, 0 = background. A fresh array. */
    public float[] image(int i) {
        float[] out = new float[PIXELS];
        copyImage(i, out, 0);
        return out;
    }

    /**
     * Copies image {@code i} (784 values in [0, 1], row-major) into {@code dest} from {@code offset}: the
     * allocation-free form of {@link #image(int)} for filling a batch.
     */
    public void copyImage(int i, float[] dest, int offset) {
        Objects.checkIndex(i, labels.length);
        Objects.checkFromIndexSize(offset, PIXELS, dest.length);
        int base = i * PIXELS;
        for (int p = 0; p < PIXELS; p++) {
            dest[offset + p] = (pixels[base + p] & 0xff) / 255f;
        }
    }

    /** Label of image {@code i}, 0..9. */
    public int label(int i) {
        return labels[Objects.checkIndex(i, labels.length)];
    }

    /** Number of images of each label 0..9 (a fresh array of 10). */
    public int[] countsByLabel() {
        int[] counts = new int[CLASSES];
        for (byte l : labels) {
            counts[l]++;
        }
        return counts;
    }

    /** Where the data came from, for logs and run metadata (a file name or "embedded MNIST ..."). */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "MnistData[" + size() + " images " + ROWS + "x" + COLS + ", " + source + "]";
    }

    /**
     * Parses a set of digits: a digit ({@code "0"}), a range ({@code "0-9"}) or a comma-separated list of
     * both ({@code "1,3,5-7"}); blanks around parts are ignored. Returns an unmodifiable set iterating in
     * ascending order.
     *
     * @throws IllegalArgumentException naming the spec if it is empty, malformed, outside 0..9 or holds a
     *     descending range
     */
    public static Set<Integer> parseDigits(String spec) {
        Objects.requireNonNull(spec, "spec");
        TreeSet<Integer> digits = new TreeSet<>();
        for (String part : spec.split(",", -1)) {
            Matcher m = DIGITS_PART.matcher(part);
            if (!m.matches()) {
                throw badDigits(spec, "\"" + part.strip() + "\" is not a digit or a range");
            }
            int from = parseDigit(spec, m.group(1));
            int to = m.group(2) == null ? from : parseDigit(spec, m.group(2));
            if (to < from) {
                throw badDigits(spec, "range " + from + "-" + to + " is descending");
            }
            for (int d = from; d <= to; d++) {
                digits.add(d);
            }
        }
        return Collections.unmodifiableSet(digits);
    }

    private static int parseDigit(String spec, String s) {
        if (s.length() != 1) {
            throw badDigits(spec, s + " is not a digit 0..9");
        }
        return s.charAt(0) - '0';
    }

    private static IllegalArgumentException badDigits(String spec, String why) {
        return new IllegalArgumentException("digits: expected a digit 0..9, a range such as 0-9 or a list such as "
                + "1,3,5-7, got \"" + spec + "\" (" + why + ")");
    }

    /**
     * The shortest spec that {@link #parseDigits(String)} reads back as {@code digits}, ranges of three
     * or more joined: {0} → "0", {1,3,5,6,7} → "1,3,5-7", {0..9} → "0-9".
     *
     * @throws IllegalArgumentException if {@code digits} is empty or holds a value outside 0..9
     */
    public static String formatDigits(Set<Integer> digits) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer d : digits) {
            if (d == null || d < 0 || d >= CLASSES) {
                throw new IllegalArgumentException("digits: expected values 0..9, got " + d + " in " + digits);
            }
            sorted.add(d);
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("digits: expected at least one digit 0..9, got none");
        }
        StringBuilder sb = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (int d : sorted) {
            if (prev != null && d == prev + 1) {
                prev = d;
                continue;
            }
            if (start != null) {
                appendRun(sb, start, prev);
            }
            start = d;
            prev = d;
        }
        appendRun(sb, start, prev);
        return sb.toString();
    }

    private static void appendRun(StringBuilder sb, int from, int to) {
        if (sb.length() > 0) {
            sb.append(',');
        }
        if (to - from >= 2) {
            sb.append(from).append('-').append(to);
        } else {
            sb.append(from);
            if (to > from) {
                sb.append(',').append(to);
            }
        }
    }
}
