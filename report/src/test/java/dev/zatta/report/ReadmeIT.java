package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.train.TrainConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the root README.md true: its commands and snippets are run or checked here. The README marks
 * each fenced block it wants checked with an HTML comment on the line before the fence:
 * <ul>
 *   <li>{@code <!-- tested -->} before a {@code bash} block: every {@code java -jar} line runs from the
 *       repository root and exits 0; when a {@code text} block follows, the commands' output equals it.</li>
 *   <li>{@code <!-- tested: options -->} before a {@code bash} block (long jobs such as training): for every
 *       {@code java -jar JAR [COMMAND] --option ...} line, {@code java -jar JAR [COMMAND] --help} exits 0 and
 *       names every option used.</li>
 *   <li>{@code <!-- tested: java -->} before a {@code java} block: compiled against
 *       {@code formatting/target/formatting.jar} alone and run; its output equals the {@code text} block
 *       that follows.</li>
 *   <li>{@code <!-- tested: xml -->} before an {@code xml} block: the Maven coordinates are this build's.</li>
 * </ul>
 * Everywhere: every {@code ./mvnw} line's {@code -pl} modules exist, every relative link and image exists,
 * and {@code .ci/run} runs exactly the README's test command.
 */
class ReadmeIT {
    static final Path ROOT = Repo.root();
    static List<Block> blocks;
    static String readme;

    /** A fenced block: its marker comment ("" when none), language, body, and the text block after it. */
    record Block(String marker, String lang, String body, String expected) {
    }

    @BeforeAll
    static void parse() throws Exception {
        readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        blocks = blocks(readme);
    }

    static List<Block> blocks(String text) {
        List<String> lines = text.lines().toList();
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || lines.get(i).length() == 3) {
                continue;
            }
            String lang = lines.get(i).substring(3).strip();
            String marker = i > 0 && lines.get(i - 1).strip().startsWith("<!-- tested") ? lines.get(i - 1).strip() : "";
            int end = i + 1;
            while (!lines.get(end).startsWith("```")) {
                end++;
            }
            String body = String.join("\n", lines.subList(i + 1, end));
            // a text block right after (blank lines allowed) is this block's expected output
            String expected = null;
            int j = end + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            if (j < lines.size() && lines.get(j).equals("```text")) {
                int k = j + 1;
                while (!lines.get(k).startsWith("```")) {
                    k++;
                }
                expected = String.join("\n", lines.subList(j + 1, k));
            }
            out.add(new Block(marker, lang, body, expected));
            i = end;
        }
        return out;
    }

    /** The commands of a bash block: continuation lines joined, comments and blank lines dropped. */
    static List<String> commands(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : body.lines().toList()) {
            String l = line.strip();
            if (cur.length() == 0 && (l.isEmpty() || l.startsWith("#"))) {
                continue;
            }
            if (l.endsWith("\\")) {
                cur.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            cur.append(l);
            int hash = cur.indexOf("  #");
            out.add(hash >= 0 ? cur.substring(0, hash).strip() : cur.toString());
            cur.setLength(0);
        }
        return out;
    }

    /**
     * The {@code java [JVM options] -jar JAR ...} parts of a command line ({@code a && java -jar b} gives
     * {@code java -jar b}), as words.
     */
    static List<List<String>> javaJars(String command) {
        List<List<String>> out = new ArrayList<>();
        for (String part : command.split("&&")) {
            List<String> words = Repo.shellWords(part.strip());
            int jar = words.indexOf("-jar");
            if (!words.isEmpty() && words.get(0).equals("java") && jar > 0 && jar + 1 < words.size()) {
                out.add(words);
            }
        }
        return out;
    }

    /** The words after {@code -jar JAR}: the program's own arguments. */
    static List<String> programArguments(List<String> words) {
        return words.subList(words.indexOf("-jar") + 2, words.size());
    }

    @Test
    void theReadmeMarksItsCommandsForTesting() {
        assertThat(blocks).filteredOn(b -> b.marker().equals("<!-- tested -->")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(blocks).filteredOn(b -> b.marker().equals("<!-- tested: options -->")).isNotEmpty();
        assertThat(blocks).filteredOn(b -> b.marker().equals("<!-- tested: java -->")).isNotEmpty();
        assertThat(blocks).filteredOn(b -> b.marker().equals("<!-- tested: xml -->")).isNotEmpty();
        assertThat(blocks).extracting(Block::marker).allMatch(m -> m.isEmpty() || m.equals("<!-- tested -->")
                || m.equals("<!-- tested: options -->") || m.equals("<!-- tested: java -->")
                || m.equals("<!-- tested: xml -->"));
    }

    @Test
    void testedCommandsRunAndPrintWhatTheReadmeShows() throws Exception {
        for (Block b : blocks) {
            if (!b.marker().equals("<!-- tested -->")) {
                continue;
            }
            assertThat(b.lang()).isEqualTo("bash");
            StringBuilder stdout = new StringBuilder();
            int ran = 0;
            for (String command : commands(b.body())) {
                for (List<String> words : javaJars(command)) {
                    List<String> cmd = new ArrayList<>(words);
                    cmd.set(0, Repo.java());
                    Repo.Run r = Repo.run(ROOT, cmd, 300);
                    assertThat(r.exitCode()).as("exit code of %s%nstderr: %s", command, r.stderr()).isZero();
                    stdout.append(r.stdout());
                    ran++;
                }
            }
            assertThat(ran).as("java -jar commands in%n%s", b.body()).isPositive();
            if (b.expected() != null) {
                assertThat(stdout.toString().stripTrailing()).as("output of%n%s", b.body())
                        .isEqualTo(b.expected().stripTrailing());
            }
        }
    }

    @Test
    void longJobsNameOnlyOptionsTheirCommandHas() throws Exception {
        int checked = 0;
        for (Block b : blocks) {
            if (!b.marker().equals("<!-- tested: options -->")) {
                continue;
            }
            for (String command : commands(b.body())) {
                for (List<String> words : javaJars(command)) {
                    List<String> args = programArguments(words);
                    List<String> help = new ArrayList<>(List.of(Repo.java(), "-jar", words.get(words.indexOf("-jar") + 1)));
                    if (!args.isEmpty() && !args.get(0).startsWith("-")) {
                        help.add(args.get(0));
                    }
                    help.add("--help");
                    Repo.Run r = Repo.run(ROOT, help, 120);
                    assertThat(r.exitCode()).as("%s%nstderr: %s", help, r.stderr()).isZero();
                    for (String w : args) {
                        if (w.startsWith("--")) {
                            String option = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
                            assertThat(r.stdout()).as("help of %s names %s", help, option).contains(option);
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theRunFoldersItNamesAreTheOnesItsTrainCommandsWrite() {
        List<List<String>> train = blocks.stream().flatMap(b -> commands(b.body()).stream())
                .flatMap(c -> javaJars(c).stream()).map(ReadmeIT::programArguments)
                .filter(a -> !a.isEmpty() && a.get(0).equals("train")).toList();
        assertThat(train).as("gan train commands in README.md").isNotEmpty();
        List<String> folders = new ArrayList<>();
        for (List<String> args : train) {
            assertThat(args).as("a train command's options (this test builds its configuration from them)")
                    .startsWith("train", "--digits", args.get(2)).endsWith("--epochs", args.get(args.size() - 3),
                            "--out", "runs/");
            List<String> middle = args.subList(3, args.size() - 4);
            assertThat(middle).as("options between --digits and --epochs").isSubsetOf("--conditional");
            folders.add(TrainConfig.builder().digits(args.get(2)).epochs(Integer.parseInt(args.get(args.size() - 3)))
                    .conditional(middle.contains("--conditional")).build().runName());
        }
        Matcher m = Pattern.compile("runs/(digits-[^/\\s`]+)").matcher(readme);
        int main = 0;
        while (m.find()) {
            assertThat(m.group(1)).as("a run folder named in README.md").isIn(folders);
            main += m.group(1).equals(folders.get(0)) ? 1 : 0;
        }
        assertThat(main).as("the main command's run folder, named in README.md").isGreaterThanOrEqualTo(2);
    }

    @Test
    void javaSnippetsCompileAgainstTheFormattingJarAloneAndPrintWhatIsShown() throws Exception {
        Path jar = ROOT.resolve("formatting/target/formatting.jar");
        assertThat(jar).isRegularFile();
        int n = 0;
        for (Block b : blocks) {
            if (!b.marker().equals("<!-- tested: java -->")) {
                continue;
            }
            assertThat(b.lang()).isEqualTo("java");
            assertThat(b.expected()).as("a text block with the output after%n%s", b.body()).isNotNull();
            Matcher cls = Pattern.compile("public\\s+class\\s+(\\w+)").matcher(b.body());
            assertThat(cls.find()).as("a public class in%n%s", b.body()).isTrue();
            Path dir = Files.createTempDirectory("readme-snippet");
            Path src = dir.resolve(cls.group(1) + ".java");
            Files.writeString(src, b.body(), StandardCharsets.UTF_8);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int rc = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(errors, true),
                    "-encoding", "UTF-8", "-cp", jar.toString(), "-d", dir.toString(), src.toString());
            assertThat(rc).as("javac: %s", errors).isZero();
            Repo.Run r = Repo.run(dir, List.of(Repo.java(), "-cp", jar + java.io.File.pathSeparator + dir, cls.group(1)), 60);
            assertThat(r.exitCode()).as("stderr: %s", r.stderr()).isZero();
            assertThat(r.stdout().stripTrailing()).isEqualTo(b.expected().stripTrailing());
            n++;
        }
        assertThat(n).isPositive();
    }

    @Test
    void mavenCoordinatesAreThisBuilds() throws Exception {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        String version = between(rootPom.substring(rootPom.indexOf("<artifactId>zatta</artifactId>")), "<version>", "</version>");
        for (Block b : blocks) {
            if (!b.marker().equals("<!-- tested: xml -->")) {
                continue;
            }
            String artifact = between(b.body(), "<artifactId>", "</artifactId>");
            assertThat(between(b.body(), "<groupId>", "</groupId>")).isEqualTo("dev.zatta");
            assertThat(between(b.body(), "<version>", "</version>")).isEqualTo(version);
            assertThat(rootPom).contains("<module>" + artifact + "</module>");
            assertThat(Files.readString(ROOT.resolve(artifact).resolve("pom.xml"), StandardCharsets.UTF_8))
                    .contains("<artifactId>" + artifact + "</artifactId>");
        }
    }

    @Test
    void mavenCommandsNameRealModulesAndCiRunsTheTestCommand() throws Exception {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher pl = Pattern.compile("-pl\\s+([\\w,-]+)").matcher(readme);
        int n = 0;
        while (pl.find()) {
            for (String m : pl.group(1).split(",")) {
                assertThat(rootPom).as("-pl %s", m).contains("<module>" + m + "</module>");
                n++;
            }
        }
        assertThat(n).isPositive();
        assertThat(readme).contains("```bash\n./mvnw -B verify\n```");
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ci.get(ci.size() - 1)).isEqualTo("./mvnw -B verify");
        assertThat(ci).contains("set -euo pipefail");
    }

    @Test
    void linksAndImagesExist() {
        Matcher m = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)").matcher(readme);
        int n = 0;
        while (m.find()) {
            String target = m.group(1);
            if (target.contains("://")) {
                continue;
            }
            assertThat(ROOT.resolve(target)).as("link %s", target).exists();
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(10);
    }

    private static String between(String text, String open, String close) {
        int a = text.indexOf(open);
        int b = text.indexOf(close, a);
        assertThat(a).as("%s in%n%s", open, text).isNotNegative();
        return text.substring(a + open.length(), b).strip();
    }
}
