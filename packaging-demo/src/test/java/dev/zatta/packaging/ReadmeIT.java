package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md true to real output: it must be {@code scripts/README.template.md} with every
 * {@code {{name}}} replaced by the block {@code ### name} of what runs here print now —
 * {@code scripts/transcript.sh} (plain javac, java and jdeps on the fixtures of {@code cases --work}, and the
 * doctor), {@code scripts/python-story.sh} (CPython 3.11), and {@code {{snippet}}} by the output of the
 * README's Java snippet, compiled against the jar and run in the {@code not-exported} fixture's folder.
 *
 * <p>With {@code -Dreadme.update=true} the test writes README.md from those runs instead of failing; a
 * stale README also leaves the expected text in {@code target/README.expected.md}. What a machine cannot
 * reproduce (no CPython 3.11, no Temurin 25 for the default-encoding case) is left out of the comparison.
 */
class ReadmeIT {
    /** Where the README shows the fixtures; the real runs use a temporary folder. */
    static final String CASES_SHOWN = "/tmp/cases";
    static final String PYTHON_SHOWN = "/tmp/pystory";
    static final Path JDK25_JAVAC = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");
    static final Path README = Path.of("README.md");
    static final Path TEMPLATE = Path.of("scripts/README.template.md");
    static final Path JAR = Path.of("target/packaging-demo.jar").toAbsolutePath();
    /** The JVM names the two modules of a split package in either order from run to run. */
    static final Pattern TWO_MODULES = Pattern.compile("(Modules|in both module) (\\S+) and (module )?(\\S+)( export|$)",
            Pattern.MULTILINE);

    @TempDir
    static Path work;

    static Map<String, String> blocks;
    static Map<String, String> unavailable;
    static String template;

    @BeforeAll
    static void runEverything() throws Exception {
        template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        blocks = new LinkedHashMap<>();
        unavailable = new TreeMap<>();
        Path cases = work.resolve("cases");
        blocks.putAll(blocks(run(List.of("bash", "scripts/transcript.sh", cases.toString())).replace(cases.toString(), CASES_SHOWN)));
        if (!Files.isExecutable(JDK25_JAVAC)) {
            unavailable.put("default-encoding", JDK25_JAVAC + " is not installed");
        }
        String python = pythonVersion();
        if (python.startsWith("Python 3.11.")) {
            Path story = work.resolve("pystory");
            blocks.putAll(blocks(run(List.of("bash", "scripts/python-story.sh", story.toString())).replace(story.toString(), PYTHON_SHOWN)));
        } else {
            unavailable.put("python", "python3 is '" + python + "', not CPython 3.11");
            unavailable.put("python2", unavailable.get("python"));
        }
        blocks.put("snippet", runSnippet(snippet(template), cases.resolve("not-exported")));
        unavailable.keySet().forEach(blocks::remove);
    }

    @Test
    void theReadmeIsTheTemplateFilledWithWhatTheCommandsPrintNow() throws IOException {
        List<String> names = placeholders(template);
        assertThat(names).as("placeholders of %s", TEMPLATE).contains("not-exported", "doctor", "python", "snippet");
        for (String name : names) {
            assertThat(blocks.containsKey(name) || unavailable.containsKey(name))
                    .as("{{%s}} of the template has a block; the runs gave %s", name, blocks.keySet()).isTrue();
        }
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        if (unavailable.isEmpty()) {
            String expected = fill(template, blocks);
            if (Boolean.getBoolean("readme.update")) {
                AtomicFile.writeString(README, expected);
                return;
            }
            if (!expected.equals(readme)) {
                AtomicFile.writeString(Path.of("target/README.expected.md"), expected);
            }
            assertThat(readme).as("README.md against the template filled with real output (target/README.expected.md), "
                    + "first difference %s; -Dreadme.update=true rewrites it", firstDifference(readme, expected))
                    .isEqualTo(expected);
        } else {
            // compare everything around what this machine cannot run, in order
            List<String> pieces = new ArrayList<>();
            for (String piece : fill(template, blocks).split("\\{\\{(" + String.join("|", unavailable.keySet()) + ")\\}\\}")) {
                pieces.add(piece);
            }
            System.err.println("ReadmeIT: not compared here: " + unavailable);
            assertThat(readme).as("README.md against the real output; not compared: %s", unavailable)
                    .containsSubsequence(pieces);
        }
    }

    @Test
    void theLibrarySnippetPrintsTheDoctorsFindingAndReport() {
        String out = blocks.get("snippet");
        assertThat(out).startsWith("PACKAGE_NOT_EXPORTED sample.lib.internal: module app uses package sample.lib.internal")
                .contains("\ndoctor: 1 finding in module path mods with root module app\n1. PACKAGE_NOT_EXPORTED ")
                .endsWith("to the module-info.java of sample.lib");
    }

    /** "line N: 'actual' instead of 'expected'" for the first line where the two texts differ. */
    static String firstDifference(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < e.size() ? e.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return "at line " + (i + 1) + ": '" + x + "' instead of '" + y + "'";
            }
        }
        return "in the line endings";
    }

    /** The {@code ### name} blocks of a transcript, as the README shows them: stack traces cut to their first line. */
    static Map<String, String> blocks(String transcript) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = Pattern.compile("^### (\\S+)\n", Pattern.MULTILINE).split(transcript, -1);
        Matcher names = Pattern.compile("^### (\\S+)\n", Pattern.MULTILINE).matcher(transcript);
        for (int i = 1; names.find(); i++) {
            String body = parts[i].stripTrailing().replaceAll("\nfixtures in \\S+$", "");
            body = String.join("\n", body.lines().filter(l -> !l.startsWith("\tat ")).toList());
            out.put(names.group(1), sortModulePairs(body).strip());
        }
        return out;
    }

    /** "Modules lib.b and lib.a export ..." and "in both module lib.b and module lib.a": the pair sorted. */
    static String sortModulePairs(String text) {
        return TWO_MODULES.matcher(text).replaceAll(m -> {
            String a = m.group(2);
            String b = m.group(4);
            String and = " and " + (m.group(3) == null ? "" : m.group(3));
            String first = a.compareTo(b) <= 0 ? a : b;
            String second = a.compareTo(b) <= 0 ? b : a;
            return Matcher.quoteReplacement(m.group(1) + " " + first + and + second + m.group(5));
        });
    }

    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\{([^}]+)\\}\\}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return out;
    }

    /** The README's one {@code java} block. */
    static String snippet(String text) {
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("a ```java block in %s", TEMPLATE).isTrue();
        return m.group(1);
    }

    /** Compiles {@code body} as the body of a main method against the jar, runs it in {@code dir}; its output. */
    static String runSnippet(String body, Path dir) throws Exception {
        Path src = work.resolve("snippet/Snippet.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "import dev.zatta.packaging.*;\nimport java.nio.file.Path;\nimport java.util.List;\n"
                + "import static java.nio.charset.StandardCharsets.UTF_8;\n"
                + "public class Snippet {\n    public static void main(String[] args) {\n" + body + "    }\n}\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8),
                "-encoding", "UTF-8", "-cp", JAR.toString(), "-d", src.getParent().toString(), src.toString());
        assertThat(rc).as("javac of the README's snippet: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
        String classPath = JAR + File.pathSeparator + src.getParent();
        return run(dir, List.of(javaHome("java"), "-cp", classPath, "Snippet")).strip();
    }

    static String pythonVersion() {
        try {
            return run(Path.of(""), List.of("python3", "--version")).strip();
        } catch (IOException | AssertionError | InterruptedException e) {
            return "absent (" + e.getMessage() + ")";
        }
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        return run(Path.of(""), command);
    }

    /**
     * Runs {@code command} in {@code dir} with this JDK first on the PATH, in a UTF-8 locale and without JVM
     * option variables, as the README's transcripts were made; stdout and stderr together.
     */
    static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "run", ".out");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE") || k.startsWith("PYTHON")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS") || k.equals("_JAVA_OPTIONS"));
        env.put("LANG", "C.UTF-8");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        Process p = pb.start();
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("timed out after 900 s: " + command);
        }
        return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    }

    private static String javaHome(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }
}
