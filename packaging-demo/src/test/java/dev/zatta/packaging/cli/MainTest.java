package dev.zatta.packaging.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zatta.packaging.cases.Cases;
import dev.zatta.packaging.cases.Fixtures;
import dev.zatta.packaging.cases.Jdks;
import dev.zatta.packaging.cases.Lab;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes 0 / 1 / 2, and what it prints. */
class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void doctorOnAHealthyModulePathExits0() {
        Fixtures.get("module-absent");
        Lab lab = Fixtures.lab();
        String path = lab.path("module-absent/mods") + File.pathSeparator + lab.path("module-absent/full");
        Run r = run("doctor", "--module-path", path, "--module", "app");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).startsWith("doctor: healthy: module path " + path + " with root module app");
    }

    @Test
    void doctorWithFindingsExits1AndPrintsWhatAndFix() {
        Fixtures.get("not-exported");
        Run r = run("doctor", "--module-path", Fixtures.lab().path("not-exported/mods").toString(), "--module", "app");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("doctor: 1 finding in module path ")
                .contains("1. PACKAGE_NOT_EXPORTED sample.lib.internal")
                .contains("   what: module app uses package sample.lib.internal")
                .contains("   fix:  use only the exported API of sample.lib");
    }

    @Test
    void doctorOnAClassPath() {
        Fixtures.get("split-package");
        Lab lab = Fixtures.lab();
        String path = lab.path("split-package/cp/lib-a.jar") + File.pathSeparator + lab.path("split-package/cp/lib-b.jar");
        Run r = run("doctor", "--class-path", path);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("doctor: 1 finding in class path " + path).contains("1. SPLIT_PACKAGE shared");
        Run bad = run("doctor", "--class-path", "nope.jar");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--class-path: 'nope.jar' does not exist");
    }

    @Test
    void doctorOnSources(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("enc"));
        Files.write(dir.resolve("enc/Hello.java"), Cases.japaneseSource(false).getBytes("Shift_JIS"));
        Run bad = run("doctor", "--sources", dir.toString(), "--encoding", "UTF-8");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("1. INVALID_ENCODING enc/Hello.java:3:5").contains("probably Shift_JIS");
        Run good = run("doctor", "--sources", dir.toString(), "--encoding", "Shift_JIS");
        assertThat(good.code()).isEqualTo(0);
        assertThat(good.out()).isEqualTo("doctor: healthy: 1 source file under " + dir + " read as Shift_JIS\n");
    }

    @Test
    void badArgumentsExit2WithTheParameterNamed(@TempDir Path dir) {
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("expected a subcommand: doctor or cases");

        Run neither = run("doctor");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("Missing required argument");

        Run both = run("doctor", "--module-path", dir.toString(), "--module", "app", "--sources", dir.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");

        Run missingPath = run("doctor", "--module-path", dir.resolve("nope").toString(), "--module", "app");
        assertThat(missingPath.code()).isEqualTo(2);
        assertThat(missingPath.err()).contains("--module-path: '" + dir.resolve("nope") + "' does not exist; expected jars or folders");

        Run badModule = run("doctor", "--module-path", dir.toString(), "--module", "1app");
        assertThat(badModule.code()).isEqualTo(2);
        assertThat(badModule.err()).contains("--module: '1app' is not a module name");

        Run badCharset = run("doctor", "--sources", dir.toString(), "--encoding", "KLINGON-8");
        assertThat(badCharset.code()).isEqualTo(2);
        assertThat(badCharset.err()).contains("--encoding").contains("KLINGON-8");

        Run noDir = run("doctor", "--sources", dir.resolve("nope").toString());
        assertThat(noDir.code()).isEqualTo(2);
        assertThat(noDir.err()).contains("--sources: '" + dir.resolve("nope") + "' is not a folder");

        Run badCase = run("cases", "no-such-case");
        assertThat(badCase.code()).isEqualTo(2);
        assertThat(badCase.err()).contains("CASE: unknown case 'no-such-case'; expected one of not-exported, ");
    }

    @Test
    void casesReproducesAndPrintsOneCase(@TempDir Path work) {
        Run r = run("cases", "--work", work.toString(), "wrong-source-root");
        assertThat(r.code()).as(r.out()).isEqualTo(0);
        assertThat(r.err()).isEqualTo("case 1/1: wrong-source-root\n");
        assertThat(r.out()).contains("== wrong-source-root: ")
                .contains("   $ cd out/test_module && java -cp . Begin\n   NoClassDefFoundError: Begin (wrong name: test_module/Begin)")
                .contains("1. WRONG_SOURCE_ROOT .")
                .endsWith("1 of 1 cases reproduced as documented; fixtures in " + work + "\n");
        assertThat(work.resolve("wrong-source-root/src/test_module/Begin.java")).exists();
    }

    /** Without --encoding the doctor reads as javac would: the JVM's default, US-ASCII for JDK 17 under LANG=C. */
    @Test
    void doctorWithoutEncodingUsesTheDefaultCharsetOfTheLocale(@TempDir Path dir) throws IOException {
        Optional<Path> jdk17 = Jdks.find(v -> v == 17);
        assumeTrue(jdk17.isPresent(), "needs a JDK 17 (java.home, -D" + Jdks.PROPERTY + " or /usr/lib/jvm)");
        Files.createDirectories(dir.resolve("src/enc"));
        Files.writeString(dir.resolve("src/enc/Hello.java"), Cases.japaneseSource(false), StandardCharsets.UTF_8);
        Lab lab = new Lab(dir);
        String classPath = System.getProperty("java.class.path");
        var outcome = lab.runProcessInCLocale(".", List.of(jdk17.get().resolve("bin/java").toString(), "-cp", classPath,
                Main.class.getName(), "doctor", "--sources", "src"));
        assertThat(outcome.success()).isFalse(); // exit 1: findings
        assertThat(outcome.output()).contains("read as US-ASCII").contains("1. INVALID_ENCODING enc/Hello.java:3:5")
                .contains("probably UTF-8");
    }
}
