package dev.zatta.packaging.cases;

import dev.zatta.packaging.Doctor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source cases: the blog's wrong source root, and Japanese sources read in the wrong encoding. Each
 * writes its fixture below {@code CASE/} of the lab, reproduces the failure, shows that the fix works, and
 * asks the {@link Doctor} about the failing sources. Not thread-safe.
 */
final class SourceCases {
    private final Lab lab;
    private final Optional<Path> jdk17;
    private final Optional<Path> jdk18plus;

    SourceCases(Lab lab, Optional<Path> jdk17, Optional<Path> jdk18plus) {
        this.lab = lab;
        this.jdk17 = jdk17;
        this.jdk18plus = jdk18plus;
    }

    /** The blog's case, literally: test_module/Begin run from the wrong folder. */
    CaseResult wrongSourceRoot() {
        String c = "wrong-source-root/";
        Path sample = lab.write(c + "src/test_module/Sample.java", """
                package test_module;

                public class Sample {
                    public static String sample() {
                        return "sample() of test_module.Sample";
                    }
                }
                """);
        Path begin = lab.write(c + "src/test_module/Begin.java", """
                package test_module;

                public class Begin {
                    public static String run() {
                        return "Begin calls " + Sample.sample();
                    }

                    public static void main(String[] args) {
                        System.out.println(run());
                    }
                }
                """);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("compile", "compile from the parent folder", "cd src && javac -d ../out test_module/*.java",
                true, lab.compile(c + "out", List.of(), List.of(begin, sample))));
        steps.add(new Step("run-next-to-files", "run next to the files, as the blog did",
                "cd out/test_module && java -cp . Begin", false,
                lab.runClassPath(List.of(lab.path(c + "out/test_module")), "Begin")));
        steps.add(new Step("fix", "fix: run from the source root, with the package in the name",
                "java -cp out test_module.Begin", true, lab.runClassPath(List.of(lab.path(c + "out")), "test_module.Begin")));
        return new CaseResult("wrong-source-root", "test_module/Begin: the root you compile and run from",
                "cd test_module && python begin.py works; from the parent, import test_module.begin fails with "
                        + "ModuleNotFoundError: No module named 'sample' (PEP 328: no implicit relative imports)",
                steps, Doctor.checkSources(lab.path(c + "src/test_module"), StandardCharsets.UTF_8));
    }

    /** Japanese UTF-8 source compiled with {@code -encoding US-ASCII}. */
    CaseResult asciiEncoding() {
        String c = "ascii-encoding/";
        Path withComment = lab.write(c + "src/enc/Hello.java", Cases.japaneseSource(true));
        Path without = lab.write(c + "src-no-coding-line/enc/Hello.java", Cases.japaneseSource(false));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("ascii", "-encoding US-ASCII, with a `// -*- coding: utf-8 -*-` first line",
                "javac -encoding US-ASCII -d out src/enc/Hello.java", false,
                lab.compile(c + "out", List.of("-encoding", "US-ASCII"), List.of(withComment))));
        steps.add(new Step("ascii-no-coding-line", "-encoding US-ASCII, without the coding line",
                "javac -encoding US-ASCII -d out2 src-no-coding-line/enc/Hello.java", false,
                lab.compile(c + "out2", List.of("-encoding", "US-ASCII"), List.of(without))));
        steps.add(utf8Fix(c, withComment));
        return new CaseResult("ascii-encoding", "Japanese UTF-8 source read as US-ASCII",
                "SyntaxError: Non-ASCII character '\\xe6' in file begin.py (Python 2 without a coding line; "
                        + "Python 3 reads UTF-8 by default)",
                steps, Doctor.checkSources(lab.path(c + "src"), StandardCharsets.US_ASCII));
    }

    /** Japanese UTF-8 source compiled with {@code -encoding ISO-8859-1}: an error, or silent mojibake. */
    CaseResult latin1Encoding() {
        String c = "latin1-encoding/";
        Path identifiers = lab.write(c + "src/enc/Hello.java", Cases.japaneseSource(false));
        Path stringsOnly = lab.write(c + "src-strings-only/enc/Hello.java", Cases.japaneseCommentsAndStrings());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("identifiers", "-encoding ISO-8859-1, Japanese identifiers",
                "javac -encoding ISO-8859-1 -d out src/enc/Hello.java", false,
                lab.compile(c + "out", List.of("-encoding", "ISO-8859-1"), List.of(identifiers))));
        steps.add(new Step("strings-only-compile", "-encoding ISO-8859-1, Japanese in comments and strings only",
                "javac -encoding ISO-8859-1 -d out2 src-strings-only/enc/Hello.java", true,
                lab.compile(c + "out2", List.of("-encoding", "ISO-8859-1"), List.of(stringsOnly))));
        steps.add(new Step("strings-only-run", "... and run: the string constant is mojibake", "java -cp out2 enc.Hello", true,
                lab.runClassPath(List.of(lab.path(c + "out2")), "enc.Hello")));
        steps.add(utf8Fix(c, identifiers));
        return new CaseResult("latin1-encoding", "Japanese UTF-8 source read as ISO-8859-1",
                "print('日本語') shows æ—¥æœ¬èªž when the bytes are read as Latin-1 (or windows-1252) somewhere on the way",
                steps, Doctor.checkSources(lab.path(c + "src-strings-only"), StandardCharsets.ISO_8859_1));
    }

    /** A Shift_JIS source compiled with {@code -encoding UTF-8}. */
    CaseResult shiftJisAsUtf8() {
        String c = "shift-jis-as-utf8/";
        Charset sjis = Charset.forName("Shift_JIS");
        Path file = lab.write(c + "src/enc/Hello.java", Cases.japaneseSource(false).getBytes(sjis));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("utf8", "a Shift_JIS file, -encoding UTF-8", "javac -encoding UTF-8 -d out src/enc/Hello.java", false,
                lab.compile(c + "out", List.of("-encoding", "UTF-8"), List.of(file))));
        Outcome fixed = lab.compile(c + "fixed", List.of("-encoding", "Shift_JIS"), List.of(file));
        steps.add(new Step("fix", "fix: -encoding Shift_JIS (or convert the file to UTF-8)",
                "javac -encoding Shift_JIS -d fixed src/enc/Hello.java && java -cp fixed enc.Hello", true,
                fixed.success() ? lab.runClassPath(List.of(lab.path(c + "fixed")), "enc.Hello") : fixed));
        return new CaseResult("shift-jis-as-utf8", "a Shift_JIS source read as UTF-8",
                "SyntaxError: Non-UTF-8 code starting with '\\x93' in file begin.py on line 1, but no encoding declared "
                        + "(Python 3, a Shift_JIS file: here, unlike in Java, a `# -*- coding: shift_jis -*-` line does fix it)",
                steps, Doctor.checkSources(lab.path(c + "src"), StandardCharsets.UTF_8));
    }

    /** No {@code -encoding}, {@code LANG=C}: JDK 17 reads ASCII, JDK 18+ reads UTF-8 (JEP 400). */
    CaseResult defaultEncoding() {
        String c = "default-encoding/";
        lab.write(c + "src/enc/Hello.java", Cases.japaneseSource(false));
        List<Step> steps = new ArrayList<>();
        steps.add(javacInC(c, "jdk17", jdk17, "JDK 17", List.of(), false));
        steps.add(javacInC(c, "jdk18plus", jdk18plus, "JDK 18+", List.of(), true));
        Step fix = javacInC(c, "fix", jdk17, "fix: JDK 17 with -encoding UTF-8", List.of("-encoding", "UTF-8"), true);
        if (fix.outcome().success()) { // and it runs: the string constant is right
            fix = new Step(fix.key(), fix.title(), fix.command() + " && java -cp ../out-fix enc.Hello", true,
                    lab.runClassPath(List.of(lab.path(c + "out-fix")), "enc.Hello"));
        }
        steps.add(fix);
        return new CaseResult("default-encoding", "no -encoding under LANG=C: JDK 17 vs JDK 18+ (JEP 400)",
                "print('日本語') under LANG=C in Python 3.6: UnicodeEncodeError: 'ascii' codec can't encode characters "
                        + "(PEP 538/540 made 3.7 use UTF-8 in the C locale)",
                steps, Doctor.checkSources(lab.path(c + "src"), StandardCharsets.US_ASCII));
    }

    private Step javacInC(String c, String key, Optional<Path> jdk, String title, List<String> options, boolean expect) {
        String out = "out-" + key;
        if (jdk.isEmpty()) {
            return new Step(key, title + ", LANG=C", "LANG=C LC_ALL=C javac -d " + out + " enc/Hello.java", expect,
                    Outcome.skipped("no " + (title.contains("18") ? "JDK 18 or newer" : "JDK 17") + " found in "
                            + "java.home, -D" + Jdks.PROPERTY + " or /usr/lib/jvm"));
        }
        Path javac = jdk.get().resolve("bin/javac");
        List<String> command = new ArrayList<>(List.of(javac.toString()));
        command.addAll(options);
        command.addAll(List.of("-d", "../" + out, "enc/Hello.java"));
        return new Step(key, title + " (" + jdk.get() + "), LANG=C", "cd src && LANG=C LC_ALL=C " + String.join(" ", command),
                expect, lab.runProcessInCLocale(c + "src", command));
    }

    private Step utf8Fix(String c, Path file) {
        Outcome compiled = lab.compile(c + "fixed", List.of("-encoding", "UTF-8"), List.of(file));
        return new Step("fix", "fix: -encoding UTF-8 (Maven: <project.build.sourceEncoding>UTF-8)",
                "javac -encoding UTF-8 -d fixed src/enc/Hello.java && java -cp fixed enc.Hello", true,
                compiled.success() ? lab.runClassPath(List.of(lab.path(c + "fixed")), "enc.Hello") : compiled);
    }
}
