package dev.zatta.gan.data;

import static dev.zatta.gan.data.IdxFixtures.gzip;
import static dev.zatta.gan.data.IdxFixtures.idx;
import static dev.zatta.gan.data.IdxFixtures.images;
import static dev.zatta.gan.data.IdxFixtures.labels;
import static dev.zatta.gan.data.IdxFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {
    @TempDir
    Path dir;

    @Test
    void readsRawImagesPixelByPixel() {
        Path f = write(dir.resolve("x-images-idx3-ubyte"), images(3, 2, 4));
        Idx.Images im = Idx.readImages(f);
        assertThat(im.count()).isEqualTo(3);
        assertThat(im.rows()).isEqualTo(2);
        assertThat(im.cols()).isEqualTo(4);
        // image 2, pixel 5 holds (2·31 + 5) mod 256 = 67
        assertThat(im.image(2)[5]).isEqualTo(67 / 255f);
        assertThat(im.images()).hasSize(3);
        assertThat(im.images().get(2)).containsExactly(im.image(2));
        assertThat(im.image(0)).containsExactly(0f, 1 / 255f, 2 / 255f, 3 / 255f, 4 / 255f, 5 / 255f, 6 / 255f,
                7 / 255f);
    }

    @Test
    void unsignedBytesAbove127ReadAsBrightPixels() {
        Path f = write(dir.resolve("a"), idx(new int[] {0x803, 1, 1, 3}, new byte[] {(byte) 255, (byte) 128, 127}));
        assertThat(Idx.readImages(f).image(0)).containsExactly(1f, 128 / 255f, 127 / 255f);
    }

    @Test
    void gzipIsDetectedByMagicBytesNotByName() {
        byte[] raw = images(2, 3, 3);
        Path gzNamedPlain = write(dir.resolve("plain-images-idx3-ubyte"), gzip(raw));
        Path plainNamedGz = write(dir.resolve("gz-images-idx3-ubyte.gz"), raw);
        Idx.Images a = Idx.readImages(gzNamedPlain);
        Idx.Images b = Idx.readImages(plainNamedGz);
        assertThat(a.image(1)).containsExactly(b.image(1));
        assertThat(a.count()).isEqualTo(2);
    }

    @Test
    void readsLabels() {
        Path f = write(dir.resolve("l"), gzip(labels(7, 0, 255, 3)));
        assertThat(Idx.readLabels(f)).containsExactly(7, 0, 255, 3);
    }

    @Test
    void writeThenReadRoundsToTheNearestByte() {
        Path f = dir.resolve("out-images-idx3-ubyte");
        float[] a = {0f, 1f, 0.5f, 0.2f};
        float[] b = {1f, 0.999f, 0.001f, 0.0019f};
        Idx.writeImages(f, List.of(a, b), 2, 2);
        Idx.Images im = Idx.readImages(f);
        assertThat(im.count()).isEqualTo(2);
        // round(v·255): 0.5 → 127.5 → 128; 0.2 → 51; 0.999 → 254.7 → 255; 0.001 → 0.26 → 0; 0.0019 → 0.48 → 0
        assertThat(im.image(0)).containsExactly(0f, 1f, 128 / 255f, 51 / 255f);
        assertThat(im.image(1)).containsExactly(1f, 1f, 0f, 0f);
    }

    @Test
    void writtenFileHasTheStandardHeaderAndIsGzippedByName() throws IOException {
        Path plain = dir.resolve("p-images-idx3-ubyte");
        Path gz = dir.resolve("p-images-idx3-ubyte.gz");
        List<float[]> imgs = List.of(new float[] {0f, 1f, 1f, 0f, 0f, 1f});
        Idx.writeImages(plain, imgs, 2, 3);
        Idx.writeImages(gz, imgs, 2, 3);
        byte[] expected = idx(new int[] {0x803, 1, 2, 3}, new byte[] {0, (byte) 255, (byte) 255, 0, 0, (byte) 255});
        assertThat(Files.readAllBytes(plain)).containsExactly(expected);
        byte[] gzBytes = Files.readAllBytes(gz);
        assertThat(gzBytes[0]).isEqualTo((byte) 0x1f);
        assertThat(gzBytes[1]).isEqualTo((byte) 0x8b);
        assertThat(Idx.readImages(gz).image(0)).containsExactly(Idx.readImages(plain).image(0));
    }

    @Test
    void writeLabelsRoundTrips() {
        Path f = dir.resolve("l.gz");
        Idx.writeLabels(f, new int[] {0, 9, 200});
        assertThat(Idx.readLabels(f)).containsExactly(0, 9, 200);
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("s-images-idx3-ubyte");
        Files.writeString(f, "old");
        Idx.writeImages(f, List.of(new float[] {0.25f}), 1, 1);
        assertThat(Idx.readImages(f).image(0)).containsExactly(64 / 255f);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void writtenFileGetsTheSamePermissionsAsAnyNewFile() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        Path f = dir.resolve("p-images-idx3-ubyte");
        Idx.writeImages(f, List.of(new float[] {0.5f}), 1, 1);
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void writeRefusesValuesOutsideTheUnitIntervalAndWritesNothing() throws IOException {
        Path f = dir.resolve("bad-images-idx3-ubyte");
        assertThatThrownBy(() -> Idx.writeImages(f, List.of(new float[] {0f, 0f}, new float[] {0.5f, -0.5f}), 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("images[1][1]: expected a value in [0, 1], got -0.5");
        assertThatThrownBy(() -> Idx.writeImages(f, List.of(new float[] {Float.NaN}), 1, 1))
                .hasMessage("images[0][0]: expected a value in [0, 1], got NaN");
        assertThatThrownBy(() -> Idx.writeImages(f, List.of(new float[3]), 2, 2))
                .hasMessage("images[0]: expected 4 values (2 x 2), got 3 values");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void wrongMagicNamesFileExpectedAndFound() {
        Path f = write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1, 2, 3));
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": expected magic 0x00000803 (IDX unsigned byte, 3 dimensions, an images file), "
                        + "found 0x00000801 (IDX unsigned byte, 1 dimension, a labels file)");
        Path g = write(dir.resolve("img"), images(1, 1, 1));
        assertThatThrownBy(() -> Idx.readLabels(g))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(g + ": expected magic 0x00000801 (IDX unsigned byte, 1 dimension, a labels file), "
                        + "found 0x00000803 (IDX unsigned byte, 3 dimensions, an images file)");
    }

    @Test
    void notAnIdxFileAtAll() {
        Path f = write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": expected magic 0x00000803 (IDX unsigned byte, 3 dimensions, an images file), "
                        + "found 0x89504e47 (not an IDX file: an IDX magic number starts with two zero bytes)");
    }

    @Test
    void floatIdxIsNamedAsSuch() {
        Path f = write(dir.resolve("f"), idx(new int[] {0x0d03, 1, 1, 1}, new byte[4]));
        assertThatThrownBy(() -> Idx.readImages(f))
                .hasMessageEndingWith("found 0x00000d03 (IDX float, 3 dimensions)");
    }

    @Test
    void emptyFile() {
        Path f = write(dir.resolve("empty"), new byte[0]);
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": truncated header: expected 4 bytes for the magic number at byte 0, found 0 bytes");
    }

    @Test
    void truncatedHeader() {
        byte[] full = images(2, 2, 2);
        Path f = write(dir.resolve("h"), Arrays.copyOf(full, 10));
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": truncated header: expected 4 bytes for the rows at byte 8, found 2 bytes");
    }

    @Test
    void truncatedData() {
        byte[] full = images(3, 4, 4);
        Path f = write(dir.resolve("d"), Arrays.copyOf(full, full.length - 5));
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": truncated: expected 48 data bytes for 3 images of 4 x 4 after the 16-byte header, "
                        + "found 43 bytes");
    }

    @Test
    void truncatedGzipStream() {
        byte[] gz = gzip(images(50, 28, 28));
        Path f = write(dir.resolve("g.gz"), Arrays.copyOf(gz, gz.length / 2));
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageStartingWith(f + ": truncated: expected 39200 data bytes for 50 images of 28 x 28 after "
                        + "the 16-byte header, found ")
                .hasMessageEndingWith(" bytes (after gzip decompression)");
    }

    @Test
    void trailingBytes() {
        byte[] full = labels(1, 2, 3);
        byte[] longer = Arrays.copyOf(full, full.length + 7);
        Path f = write(dir.resolve("t"), longer);
        assertThatThrownBy(() -> Idx.readLabels(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": expected the file to end after 3 labels (11 bytes), found 7 trailing bytes");
        Path g = write(dir.resolve("t.gz"), gzip(longer));
        assertThatThrownBy(() -> Idx.readLabels(g))
                .hasMessage(g + ": expected the file to end after 3 labels (11 bytes (after gzip decompression)), "
                        + "found 7 trailing bytes");
    }

    @Test
    void negativeOrZeroDimensions() {
        Path f = write(dir.resolve("n"), idx(new int[] {0x803, -1, 28, 28}, new byte[0]));
        assertThatThrownBy(() -> Idx.readImages(f))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(f + ": expected a non-negative image count in the header, found 4294967295 (0xffffffff)");
        Path g = write(dir.resolve("z"), idx(new int[] {0x803, 1, 0, 28}, new byte[0]));
        assertThatThrownBy(() -> Idx.readImages(g))
                .hasMessage(g + ": expected images of at least 1 x 1 pixels, found 0 x 28");
    }

    @Test
    void hugeHeaderIsRefusedWithoutAllocatingIt() {
        Path f = write(dir.resolve("huge"), idx(new int[] {0x803, 60000, 28, 28}, new byte[100]));
        assertThatThrownBy(() -> Idx.readImages(f))
                .hasMessage(f + ": truncated: expected 47040000 data bytes for 60000 images of 28 x 28 after the "
                        + "16-byte header, found 100 bytes");
        Path g = write(dir.resolve("huger"), idx(new int[] {0x803, 0x7fffffff, 1000, 1000}, new byte[0]));
        assertThatThrownBy(() -> Idx.readImages(g))
                .hasMessageContaining("more than this reader supports");
    }

    @Test
    void zeroImagesIsAValidFile() {
        Path f = write(dir.resolve("none"), idx(new int[] {0x803, 0, 28, 28}, new byte[0]));
        assertThat(Idx.readImages(f).count()).isZero();
    }
}
