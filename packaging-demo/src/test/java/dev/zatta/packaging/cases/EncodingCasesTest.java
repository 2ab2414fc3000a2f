package dev.zatta.packaging.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.zatta.packaging.Finding.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each source-encoding case: javac's diagnostics (judged by kind ERROR) and the fix. */
class EncodingCasesTest {
    @Test
    void utf8ReadAsAsciiFailsAndTheCodingCommentChangesNothing() {
        CaseResult r = Fixtures.get("ascii-encoding");
        Outcome with = r.outcome("ascii");
        Outcome without = r.outcome("ascii-no-coding-line");
        assertThat(with.success()).isFalse();
        assertThat(with.errorCodes()).contains("compiler.err.illegal.char.for.encoding");
        Diag first = with.errors().get(0);
        assertThat(first.message()).isEqualTo("unmappable character (0xE6) for encoding US-ASCII");
        assertThat(first.line()).isEqualTo(4); // the Javadoc line, one below the coding line
        // the same errors, one line lower: the coding comment is only a comment to javac
        assertThat(messagesAndCodes(with)).isEqualTo(messagesAndCodes(without));
        assertThat(with.errors()).extracting(d -> d.line() - 1).isEqualTo(without.errors().stream().map(Diag::line).toList());

        Outcome fix = r.outcome("fix");
        assertThat(fix.output()).isEqualTo(Cases.GREETING);
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.INVALID_ENCODING);
            assertThat(f.subject()).isEqualTo("enc/Hello.java:4:5");
            assertThat(f.message()).contains("byte 0xE6").contains("probably UTF-8").contains("changes nothing");
            assertThat(f.fix()).startsWith("compile with -encoding UTF-8");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void latin1IsAnErrorInIdentifiersButSilentMojibakeInStrings() {
        CaseResult r = Fixtures.get("latin1-encoding");
        Outcome identifiers = r.outcome("identifiers");
        assertThat(identifiers.success()).isFalse();
        assertThat(identifiers.errorCodes()).contains("compiler.err.illegal.char");
        assertThat(identifiers.errors().get(0).message()).startsWith("illegal character: '\\u00");

        Outcome compiled = r.outcome("strings-only-compile");
        assertThat(compiled.success()).isTrue();
        assertThat(compiled.diagnostics()).isEmpty(); // not even a warning
        String mojibake = r.outcome("strings-only-run").output();
        assertThat(mojibake).isNotEqualTo(Cases.GREETING);
        // exactly the UTF-8 bytes of the greeting, each taken for one ISO-8859-1 character
        assertThat(mojibake).isEqualTo(new String(Cases.GREETING.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(mojibake).hasSize(Cases.GREETING.getBytes(StandardCharsets.UTF_8).length);

        assertThat(r.outcome("fix").output()).isEqualTo(Cases.GREETING);
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MISDECLARED_ENCODING);
            assertThat(f.message()).contains("almost surely UTF-8");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void shiftJisReadAsUtf8() {
        CaseResult r = Fixtures.get("shift-jis-as-utf8");
        Outcome utf8 = r.outcome("utf8");
        assertThat(utf8.success()).isFalse();
        assertThat(utf8.errorCodes()).contains("compiler.err.illegal.char.for.encoding");
        assertThat(utf8.errors().get(0).message()).isEqualTo("unmappable character (0x93) for encoding UTF-8");
        assertThat(r.outcome("fix").output()).isEqualTo(Cases.GREETING);
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.INVALID_ENCODING);
            assertThat(f.message()).contains("byte 0x93").contains("probably Shift_JIS");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void noEncodingUnderCLocaleFailsOnJdk17AndCompilesOnJdk18Plus() {
        CaseResult r = Fixtures.get("default-encoding");
        Outcome jdk17 = r.outcome("jdk17");
        Outcome jdk18 = r.outcome("jdk18plus");
        assumeFalse(jdk17.skipped(), () -> "needs a JDK 17: " + jdk17.error());
        assumeFalse(jdk18.skipped(), () -> "needs a JDK 18 or newer (e.g. /usr/lib/jvm/temurin-25-jdk-amd64, or "
                + "-D" + Jdks.PROPERTY + "=HOME): " + jdk18.error());
        assertThat(jdk17.success()).isFalse();
        assertThat(jdk17.output()).contains("error: unmappable character (0xE6) for encoding");
        assertThat(jdk18.success()).as(jdk18.output()).isTrue();
        assertThat(jdk18.output()).doesNotContain("error");
        assertThat(r.outcome("fix").output()).isEqualTo(Cases.GREETING);
        assertThat(r.doctor().findings()).extracting(f -> f.kind()).containsExactly(Kind.INVALID_ENCODING);
        assertThat(r.reproduced()).isTrue();
    }

    private static List<String> messagesAndCodes(Outcome o) {
        return o.errors().stream().map(d -> d.code() + " " + d.message()).toList();
    }
}
