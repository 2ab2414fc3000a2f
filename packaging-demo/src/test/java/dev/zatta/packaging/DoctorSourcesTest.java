package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.packaging.Finding.Kind;
import dev.zatta.packaging.cases.Cases;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor on source files: encodings (invalid, misdeclared, guessed) and the source root. */
class DoctorSourcesTest {
    private static final String SOURCE = Cases.japaneseSource(false);

    @TempDir
    Path dir;

    @Test
    void validUtf8SourceInTheRightFolderIsHealthy() throws IOException {
        write("enc/Hello.java", SOURCE.getBytes(StandardCharsets.UTF_8));
        write("Top.java", "class Top {}\n".getBytes(StandardCharsets.UTF_8)); // the unnamed package may lie anywhere
        Report report = Doctor.checkSources(dir, StandardCharsets.UTF_8);
        assertThat(report.findings()).isEmpty();
        assertThat(report.checked()).isEqualTo("2 source files under " + dir + " read as UTF-8");
    }

    @Test
    void validUtf8IsNeverSecondGuessed() throws IOException {
        // "§" is C2 A7 in UTF-8, which EUC-JP would read as a kanji: no reason to doubt a valid UTF-8 file
        write("Doc.java", "/** JVMS §4.1, café, 日本語 */\nclass Doc {}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Doctor.checkSources(dir, StandardCharsets.UTF_8).findings()).isEmpty();
        // nor a valid Shift_JIS file read as Shift_JIS, although EUC-JP might decode it too
        Files.delete(dir.resolve("Doc.java"));
        write("enc/Hello.java", SOURCE.getBytes(Charset.forName("Shift_JIS")));
        assertThat(Doctor.checkSources(dir, Charset.forName("Shift_JIS")).findings()).isEmpty();
    }

    @Test
    void theDoctorsOwnSourcesAreHealthy() {
        Report report = Doctor.checkSources(Path.of("src/main/java"), StandardCharsets.UTF_8);
        assertThat(report.findings()).isEmpty();
        assertThat(report.checked()).matches("\\d+ source files under src/main/java read as UTF-8");
    }

    @Test
    void invalidBytesAreLocatedByLineAndByteAndTheEncodingIsGuessed() throws IOException {
        for (String name : new String[] {"Shift_JIS", "EUC-JP", "ISO-2022-JP"}) {
            Path sub = dir.resolve(name);
            Files.createDirectories(sub.resolve("enc"));
            Files.write(sub.resolve("enc/Hello.java"), SOURCE.getBytes(Charset.forName(name)));
            Charset declared = name.equals("ISO-2022-JP") ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
            Report report = Doctor.checkSources(sub, declared);
            assertThat(report.findings()).as(name).singleElement().satisfies(f -> {
                // ISO-2022-JP is 7-bit: valid US-ASCII, so javac compiles escape codes into the file silently
                assertThat(f.kind()).isEqualTo(name.equals("ISO-2022-JP") ? Kind.MISDECLARED_ENCODING : Kind.INVALID_ENCODING);
                assertThat(f.subject()).isEqualTo("enc/Hello.java:3:5");
                assertThat(f.message()).contains(name).contains("/** 日本語のコメント: 挨拶を返す。 */");
                assertThat(f.fix()).startsWith("compile with -encoding " + name);
            });
        }
    }

    @Test
    void invalidEncodingMessageNamesByteLineAndCount() throws IOException {
        write("enc/Hello.java", SOURCE.getBytes(Charset.forName("Shift_JIS")));
        Finding f = Doctor.checkSources(dir, StandardCharsets.UTF_8).findings().get(0);
        assertThat(f.message()).startsWith("byte 0x93 at line 3, byte 5 of the line (offset 18) is not valid UTF-8; ")
                .contains("javac says: unmappable character (0x93) for encoding UTF-8.")
                .contains("They are probably Shift_JIS");
        assertThat(f.fix()).contains("iconv -f Shift_JIS -t UTF-8");
    }

    @Test
    void windows1252IsTheLastResort() throws IOException {
        write("Cafe.java", "// café crème\nclass Cafe {}\n".getBytes(Charset.forName("windows-1252")));
        Finding f = Doctor.checkSources(dir, StandardCharsets.UTF_8).findings().get(0);
        assertThat(f.kind()).isEqualTo(Kind.INVALID_ENCODING);
        assertThat(f.subject()).isEqualTo("Cafe.java:1:7");
        assertThat(f.message()).contains("byte 0xE9").contains("probably windows-1252").contains("// café crème");
    }

    @Test
    void bytesThatFitNoCandidateSaySo() throws IOException {
        write("Junk.java", new byte[] {'/', '/', ' ', (byte) 0x81, (byte) 0xFF, (byte) 0x81, '\n'});
        Finding f = Doctor.checkSources(dir, StandardCharsets.UTF_8).findings().get(0);
        assertThat(f.message()).contains("They fit none of UTF-8, ISO-2022-JP, Shift_JIS, EUC-JP, windows-1252.");
        assertThat(f.fix()).isEqualTo("find out which encoding the file is in and pass it with -encoding");
    }

    @Test
    void utf8ReadAsLatin1IsMisdeclaredEvenThoughEveryByteIsValid() throws IOException {
        write("enc/Hello.java", Cases.japaneseCommentsAndStrings().getBytes(StandardCharsets.UTF_8));
        Finding f = Doctor.checkSources(dir, StandardCharsets.ISO_8859_1).findings().get(0);
        assertThat(f.kind()).isEqualTo(Kind.MISDECLARED_ENCODING);
        assertThat(f.message()).startsWith("every byte is valid ISO-8859-1, so javac compiles it without a word");
        assertThat(f.fix()).startsWith("compile with -encoding UTF-8");
    }

    @Test
    void theCodingCommentIsCalledARedHerring() throws IOException {
        write("enc/Hello.java", Cases.japaneseSource(true).getBytes(StandardCharsets.UTF_8));
        Finding f = Doctor.checkSources(dir, StandardCharsets.US_ASCII).findings().get(0);
        assertThat(f.message()).contains("The `coding: utf-8` comment on line 1 changes nothing");
    }

    @Test
    void packageDeclarationThatDoesNotMatchTheFolderIsAWrongSourceRoot() throws IOException {
        write("src/test_module/Begin.java", "package test_module;\npublic class Begin {}\n".getBytes(StandardCharsets.UTF_8));
        write("src/test_module/Sample.java", "/* package other; */\npackage test_module;\npublic class Sample {}\n".getBytes(StandardCharsets.UTF_8));
        write("src/elsewhere/Odd.java", "package test_module;\npublic class Odd {}\n".getBytes(StandardCharsets.UTF_8));
        // from the right root: only Odd.java is misplaced
        Report fromSrc = Doctor.checkSources(dir.resolve("src"), StandardCharsets.UTF_8);
        assertThat(fromSrc.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.WRONG_SOURCE_ROOT);
            assertThat(f.subject()).isEqualTo("elsewhere");
            assertThat(f.message()).startsWith("Odd.java declare `package test_module;` but lie in elsewhere/");
            assertThat(f.fix()).startsWith("move them to test_module/ below the source root");
        });
        // from inside the package folder, as the blog ran begin.py
        Report fromInside = Doctor.checkSources(dir.resolve("src/test_module"), StandardCharsets.UTF_8);
        assertThat(fromInside.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(".");
            assertThat(f.message()).startsWith("Begin.java, Sample.java declare `package test_module;` but lie at the top of ");
            assertThat(f.fix()).startsWith("use " + dir.resolve("src").toAbsolutePath() + " as the source root");
        });
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Doctor.checkSources(dir.resolve("nope"), StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dir: '" + dir.resolve("nope") + "' is not a folder; expected the source root to check");
        assertThatThrownBy(() -> Doctor.checkSources(dir, null)).hasMessage("declared: expected a charset, got null");
    }

    private void write(String rel, byte[] bytes) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
