package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every {@code ```java} block of README.md (as the body of a main method, with
 * {@code java.util.*} and {@code dev.zatta.formatting.*} imported); where a {@code ```text} block follows
 * directly, the snippet must print exactly that.
 */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("```(java|text|bash)\\n(.*?)```\\n(\\s*```text\\n(.*?)```)?",
            Pattern.DOTALL);

    record Snippet(String code, String expected) {}

    static List<Snippet> snippets() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Snippet> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals("java")) {
                out.add(new Snippet(m.group(2), m.group(4)));
            }
        }
        return out;
    }

    @Test
    void everyJavaSnippetCompilesRunsAndPrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        List<Snippet> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        String classPath = String.join(File.pathSeparator, location("dev.zatta.formatting.Template"),
                location("org.apache.commons.text.StringSubstitutor"), location("org.apache.commons.lang3.StringUtils"));
        int checked = 0;
        for (int i = 0; i < snippets.size(); i++) {
            Snippet s = snippets.get(i);
            String name = "Snippet" + i;
            Path src = dir.resolve(name + ".java");
            Files.writeString(src, "import java.util.*;\nimport dev.zatta.formatting.*;\n"
                    + "public class " + name + " {\n public static void main(String[] args) {\n" + s.code()
                    + "\n }\n}\n", StandardCharsets.UTF_8);
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            PrintStream diag = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
            boolean ok = javac.run(diag, diag, "-classpath", classPath, "-d", dir.toString(), "-encoding", "UTF-8",
                    "-proc:none", src.toString()) == 0;
            assertThat(ok).as("README snippet %d does not compile:\n%s\n%s", i, s.code(),
                    diagnostics.toString(StandardCharsets.UTF_8)).isTrue();
            String printed = runMain(dir, name);
            if (s.expected() != null) {
                assertThat(printed).as("README snippet %d:\n%s", i, s.code()).isEqualTo(s.expected());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    private static String location(String className) throws URISyntaxException, ClassNotFoundException {
        Class<?> c = Class.forName(className);
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String runMain(Path dir, String name) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ReadmeSnippetsTest.class.getClassLoader())) {
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
