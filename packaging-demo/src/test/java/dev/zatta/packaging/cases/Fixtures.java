package dev.zatta.packaging.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cases, each run once per test JVM and shared by every test class that asserts on it (javac
 * in-process costs about a second per compilation). Fixtures are written to a fresh folder under
 * {@code target/}, kept for inspection.
 */
public final class Fixtures {
    private static final Map<String, CaseResult> RESULTS = new ConcurrentHashMap<>();
    private static Cases cases;
    private static Lab lab;

    private Fixtures() {}

    /** The result of case {@code name}, run on first use. */
    public static synchronized CaseResult get(String name) {
        CaseResult r = RESULTS.get(name);
        if (r == null) {
            r = cases().run(name);
            RESULTS.put(name, r);
        }
        return r;
    }

    /** The shared lab. */
    public static synchronized Lab lab() {
        cases();
        return lab;
    }

    private static Cases cases() {
        if (cases == null) {
            try {
                Path target = Path.of("target");
                Files.createDirectories(target);
                lab = new Lab(Files.createTempDirectory(target.toAbsolutePath(), "case-fixtures-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cases = Cases.withInstalledJdks(lab);
        }
        return cases;
    }
}
