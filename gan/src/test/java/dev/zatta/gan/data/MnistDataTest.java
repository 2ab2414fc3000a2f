package dev.zatta.gan.data;

import static dev.zatta.gan.data.IdxFixtures.gzip;
import static dev.zatta.gan.data.IdxFixtures.images;
import static dev.zatta.gan.data.IdxFixtures.labels;
import static dev.zatta.gan.data.IdxFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MnistDataTest {
    @TempDir
    Path dir;

    @Test
    void embeddedHoldsTheTenThousandDigitsOfSourceMd() {
        MnistData data = MnistData.embedded();
        assertThat(data.size()).isEqualTo(10_000);
        assertThat(data.rows()).isEqualTo(28);
        assertThat(data.cols()).isEqualTo(28);
        // SOURCE.md: 0:1001 1:1127 2:991 3:1032 4:980 5:863 6:1014 7:1070 8:944 9:978
        assertThat(data.countsByLabel()).containsExactly(1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978);
        assertThat(MnistData.embedded()).isSameAs(data);
    }

    @Test
    void embeddedImagesAreWhiteDigitsOnBlackInTheUnitInterval() {
        MnistData data = MnistData.embedded();
        double meanCorner = 0;
        double meanCentre = 0;
        for (int i = 0; i < data.size(); i += 97) {
            float[] im = data.image(i);
            assertThat(im).hasSize(784);
            for (float v : im) {
                assertThat(v).isBetween(0f, 1f);
            }
            meanCorner += im[0] + im[27] + im[27 * 28] + im[783];
            meanCentre += im[14 * 28 + 14];
        }
        assertThat(meanCorner).isZero();
        assertThat(meanCentre).isPositive();
    }

    @Test
    void embeddedResourcesMatchTheChecksumsOfSourceMd() throws IOException, NoSuchAlgorithmException {
        String sourceMd = resourceText("mnist-10k/SOURCE.md");
        assertThat(sourceMd).contains("CC BY-SA 3.0").contains("LeCun");
        for (String name : new String[] {"images-idx3-ubyte.gz", "labels-idx1-ubyte.gz"}) {
            Matcher m = Pattern.compile("\\| " + Pattern.quote(name) + " \\|.*\\| ([0-9a-f]{64}) \\|").matcher(sourceMd);
            assertThat(m.find()).as("checksum row of %s in SOURCE.md", name).isTrue();
            byte[] bytes;
            try (InputStream in = MnistData.class.getResourceAsStream("mnist-10k/" + name)) {
                assertThat(in).as(name).isNotNull();
                bytes = in.readAllBytes();
            }
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha).as(name).isEqualTo(m.group(1));
        }
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = MnistData.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void selectKeepsTheChosenDigitsInOrder() {
        MnistData zeros = MnistData.embedded().select(Set.of(0));
        assertThat(zeros.size()).isEqualTo(1001);
        for (int i = 0; i < zeros.size(); i++) {
            assertThat(zeros.label(i)).isZero();
        }
        assertThat(zeros.image(0)).containsExactly(MnistData.embedded().image(0));

        MnistData some = MnistData.embedded().select(MnistData.parseDigits("1,3,5-7"));
        assertThat(some.size()).isEqualTo(1127 + 1032 + 863 + 1014 + 1070);
        assertThat(some.countsByLabel()).containsExactly(0, 1127, 0, 1032, 0, 863, 1014, 1070, 0, 0);
        assertThat(MnistData.embedded().select(MnistData.parseDigits("0-9")).size()).isEqualTo(10_000);
    }

    @Test
    void selectRefusesDigitsOutsideZeroToNine() {
        assertThatThrownBy(() -> MnistData.embedded().select(Set.of(3, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("digits: expected values 0..9, got 10 in ");
        assertThatThrownBy(() -> MnistData.embedded().select(Set.of()))
                .hasMessage("digits: expected at least one digit 0..9, got none");
    }

    @Test
    void subsetAndCopyImage() {
        MnistData data = MnistData.embedded();
        MnistData sub = data.subset(new int[] {9999, 0, 0});
        assertThat(sub.size()).isEqualTo(3);
        assertThat(sub.label(0)).isEqualTo(9);
        assertThat(sub.image(1)).containsExactly(data.image(0));
        float[] batch = new float[2 * 784];
        data.copyImage(9999, batch, 784);
        assertThat(java.util.Arrays.copyOfRange(batch, 784, 1568)).containsExactly(data.image(9999));
        assertThatThrownBy(() -> data.subset(new int[] {10_000})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void imageIsAFreshCopy() {
        MnistData data = MnistData.embedded();
        float[] a = data.image(5);
        float before = a[400];
        a[400] = 42f;
        assertThat(data.image(5)[400]).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; 0",
        "0-9; 0,1,2,3,4,5,6,7,8,9",
        "1,3,5-7; 1,3,5,6,7",
        " 7 , 2 - 3 ; 2,3,7",
        "5,5,4-5; 4,5",
        "9-9; 9"})
    void parsesDigitSpecs(String spec, String expected) {
        Integer[] digits = java.util.Arrays.stream(expected.split(",")).map(Integer::valueOf).toArray(Integer[]::new);
        assertThat(MnistData.parseDigits(spec)).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "''; \"\" is not a digit or a range",
        "x; \"x\" is not a digit or a range",
        "1,,2; \"\" is not a digit or a range",
        "10; 10 is not a digit 0..9",
        "7-5; range 7-5 is descending",
        "1-; \"1-\" is not a digit or a range",
        "-1; \"-1\" is not a digit or a range"})
    void badDigitSpecsNameTheSpec(String spec, String why) {
        assertThatThrownBy(() -> MnistData.parseDigits(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("digits: expected a digit 0..9, a range such as 0-9 or a list such as 1,3,5-7, got \""
                        + spec + "\" (" + why + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0; 0", "0-9; 0-9", "1,3,5-7; 1,3,5-7", "1,2; 1,2", "0,1,2,4,5; 0-2,4,5"})
    void formatDigitsIsTheInverseOfParse(String spec, String formatted) {
        assertThat(MnistData.formatDigits(MnistData.parseDigits(spec))).isEqualTo(formatted);
        assertThat(MnistData.parseDigits(formatted)).isEqualTo(MnistData.parseDigits(spec));
    }

    // --- reading folders ---

    private static byte[] digits28(int... labels) {
        return images(labels.length, 28, 28);
    }

    @Test
    void readsAFolderAndPrefersTheTrainSet() {
        write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(digits28(0, 1, 2)));
        write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(labels(4, 1, 2)));
        write(dir.resolve("t10k-images-idx3-ubyte.gz"), gzip(digits28(0)));
        write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels(0)));
        MnistData data = MnistData.read(dir);
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.label(0)).isEqualTo(4);
        assertThat(data.image(1)[0]).isEqualTo(31 / 255f);
        assertThat(data.source()).endsWith("train-images-idx3-ubyte.gz");
        MnistData test = MnistData.readTest(dir);
        assertThat(test.size()).isEqualTo(1);
        assertThat(test.source()).endsWith("t10k-images-idx3-ubyte.gz");
    }

    @Test
    void aFolderWithoutATestSplitIsRefusedForTheTestSplit() {
        Path im = write(dir.resolve("train-images-idx3-ubyte"), digits28(0));
        write(dir.resolve("train-labels-idx1-ubyte"), labels(1));
        assertThatThrownBy(() -> MnistData.readTest(dir)).hasMessage("data: expected a t10k-images-idx3-ubyte[.gz] file"
                + " (the test split) in " + dir + ", got [[" + im + "]]");
    }

    @Test
    void readsTheUnprefixedNamesOfTheEmbeddedSetAndPlainFiles() {
        write(dir.resolve("images-idx3-ubyte"), digits28(0, 0));
        write(dir.resolve("labels-idx1-ubyte"), labels(9, 8));
        assertThat(MnistData.read(dir).label(1)).isEqualTo(8);
    }

    @Test
    void readsExplicitFiles() {
        Path im = write(dir.resolve("a.idx"), digits28(0, 0));
        Path lb = write(dir.resolve("b.idx"), labels(3, 5));
        MnistData data = MnistData.read(im, lb);
        assertThat(data.countsByLabel()).containsExactly(0, 0, 0, 1, 0, 1, 0, 0, 0, 0);
    }

    @Test
    void countMismatchNamesBothFiles() {
        Path im = write(dir.resolve("train-images-idx3-ubyte"), digits28(0, 0, 0));
        Path lb = write(dir.resolve("train-labels-idx1-ubyte"), labels(1, 2));
        assertThatThrownBy(() -> MnistData.read(dir))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(lb + ": expected 3 labels, one per image of " + im + ", found 2");
    }

    @Test
    void wrongImageSizeIsRefused() {
        Path im = write(dir.resolve("train-images-idx3-ubyte"), images(2, 32, 32));
        write(dir.resolve("train-labels-idx1-ubyte"), labels(1, 2));
        assertThatThrownBy(() -> MnistData.read(dir))
                .isInstanceOf(IdxFormatException.class)
                .hasMessage(im + ": expected images of 28 x 28 pixels (MNIST), found 32 x 32");
    }

    @Test
    void labelsAboveNineAreRefused() {
        write(dir.resolve("train-images-idx3-ubyte"), digits28(0, 0));
        Path lb = write(dir.resolve("train-labels-idx1-ubyte"), labels(1, 12));
        assertThatThrownBy(() -> MnistData.read(dir))
                .hasMessage(lb + ": expected labels 0..9, found 12 at index 1");
    }

    @Test
    void folderErrors() throws IOException {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> MnistData.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data: expected a folder holding *images-idx3-ubyte[.gz] and *labels-idx1-ubyte[.gz], got "
                        + missing + " (does not exist)");
        assertThatThrownBy(() -> MnistData.read(dir))
                .hasMessage("data: found no *images-idx3-ubyte[.gz] file in " + dir);
        write(dir.resolve("train-images-idx3-ubyte"), digits28(0));
        assertThatThrownBy(() -> MnistData.read(dir))
                .hasMessage("data: found train-images-idx3-ubyte but no train-labels-idx1-ubyte[.gz] beside it in " + dir);
        Files.delete(dir.resolve("train-images-idx3-ubyte"));
        write(dir.resolve("a-images-idx3-ubyte"), digits28(0));
        write(dir.resolve("b-images-idx3-ubyte"), digits28(0));
        assertThatThrownBy(() -> MnistData.read(dir))
                .hasMessageStartingWith("data: found several image sets in " + dir)
                .hasMessageEndingWith("and none named train-*; name the files explicitly");
    }

    @Test
    void corruptFileInAFolderNamesThatFile() {
        byte[] good = digits28(0, 0);
        Path im = write(dir.resolve("train-images-idx3-ubyte"), java.util.Arrays.copyOf(good, good.length - 1));
        write(dir.resolve("train-labels-idx1-ubyte"), labels(1, 2));
        assertThatThrownBy(() -> MnistData.read(dir))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageStartingWith(im + ": truncated: expected 1568 data bytes");
    }

    /** Debian's dataset-fashion-mnist: the real files of a second data set in the same format. */
    @Test
    void readsFashionMnistWhenInstalled() {
        Path fashion = Path.of("/usr/share/datasets/fashion-mnist");
        assumeTrue(Files.isRegularFile(fashion.resolve("train-images-idx3-ubyte.gz")),
                "dataset-fashion-mnist is not installed");
        MnistData train = MnistData.read(fashion);
        assertThat(train.size()).isEqualTo(60_000);
        // Fashion-MNIST is balanced: 6,000 training images per class
        assertThat(train.countsByLabel()).containsOnly(6000);
        MnistData test = MnistData.read(fashion.resolve("t10k-images-idx3-ubyte.gz"),
                fashion.resolve("t10k-labels-idx1-ubyte.gz"));
        assertThat(test.size()).isEqualTo(10_000);
        assertThat(test.countsByLabel()).containsOnly(1000);
    }
}
