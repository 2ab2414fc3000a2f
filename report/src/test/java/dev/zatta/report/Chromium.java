package dev.zatta.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zatta.io.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's headless Chromium for the tests. Absent: the test fails when the environment variable
 * {@code CI} is set ({@code .ci/run} installs it) and is skipped otherwise.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** Fails (CI) or skips (elsewhere) the calling test when Chromium is not installed. */
    static void require() {
        if (!Files.isExecutable(BINARY)) {
            if (System.getenv("CI") != null) {
                fail(BINARY + " is missing but CI is set: .ci/run installs Debian's chromium package before the build");
            }
            assumeTrue(false, BINARY + " is not installed (apt-get install chromium); skipped outside CI");
        }
    }

    private static List<String> base(Path profile) {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        return cmd;
    }

    /** The DOM of {@code page} after its scripts ran ({@code --dump-dom}, 5 s of virtual time for loading). */
    static String dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page, 1100, 900);
    }

    /** The DOM of {@code page} after its scripts ran in a window of {@code width} × {@code height} pixels. */
    static String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("zatta-chromium");
        try {
            List<String> cmd = base(profile);
            cmd.addAll(List.of("--window-size=" + width + "," + height, "--virtual-time-budget=5000", "--dump-dom",
                    page.toUri().toString()));
            Repo.Run r = Repo.run(page.getParent(), cmd, 180);
            if (r.exitCode() != 0 || !r.stdout().contains("</html>")) {
                fail("chromium --dump-dom " + page + " exited " + r.exitCode() + "\nstderr: " + r.stderr());
            }
            return r.stdout();
        } finally {
            deleteTree(profile);
        }
    }

    /** A PNG screenshot of {@code page} into {@code png}. */
    static void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("zatta-chromium");
        try {
            List<String> cmd = base(profile);
            cmd.addAll(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                    "--hide-scrollbars", page.toUri().toString()));
            Repo.Run r = Repo.run(page.getParent(), cmd, 180);
            if (r.exitCode() != 0) {
                fail("chromium --screenshot " + page + " exited " + r.exitCode() + "\nstderr: " + r.stderr());
            }
        } finally {
            deleteTree(profile);
        }
    }

    /** Deletes a temporary folder; a file Chromium is still letting go of is left to the OS. */
    static void deleteTree(Path dir) {
        try {
            FileTrees.deleteRecursively(dir);
        } catch (IOException e) {
            // a temporary folder: nothing is lost if part of it stays
        }
    }
}
