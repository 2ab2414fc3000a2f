package dev.zatta.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void writesTheWholeContentAndCreatesMissingFolders() throws IOException {
        Path target = dir.resolve("a/b/out.txt");
        assertThat(AtomicFile.writeString(target, "héllo\n")).isEqualTo(target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("héllo\n");
        AtomicFile.writeText(target, w -> w.write("second"));
        assertThat(Files.readString(target)).isEqualTo("second");
        AtomicFile.writeBytes(target, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(Files.list(target.getParent()).map(p -> p.getFileName().toString()))
                .containsExactly("out.txt");
    }

    @Test
    void aNewFileGetsThePermissionsOfAPlainWrite() throws IOException {
        assumeThat(posix()).as("POSIX file system").isTrue();
        Path plain = dir.resolve("plain.txt");
        Files.write(plain, new byte[] {1});
        Path atomic = AtomicFile.writeBytes(dir.resolve("atomic.txt"), new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(atomic)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void anExistingFileKeepsItsPermissionsAsUnderAPlainOverwrite() throws IOException {
        assumeThat(posix()).as("POSIX file system").isTrue();
        Path plain = dir.resolve("plain.txt");
        Path atomic = dir.resolve("atomic.txt");
        for (Path p : List.of(plain, atomic)) {
            Files.writeString(p, "old");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
        }
        Files.writeString(plain, "new");
        AtomicFile.writeString(atomic, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(atomic)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aWriterThatThrowsHalfwayLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("metrics.csv");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full (simulated)");
        })).isInstanceOf(IOException.class).hasMessage("disk full (simulated)");
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(names()).containsExactly("metrics.csv");
    }

    @Test
    void anUncheckedFailureAlsoLeavesNothingBehind() {
        Path target = dir.resolve("new.bin");
        assertThatThrownBy(() -> AtomicFile.writeText(target, w -> {
            w.write("partial");
            throw new UncheckedIOException(new IOException("boom"));
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theFallbackMoveReplacesTheTarget() throws IOException {
        Path target = dir.resolve("t.txt");
        Files.writeString(target, "old");
        Path tmp = AtomicFile.temporaryName(dir, "t.txt");
        Files.writeString(tmp, "new");
        AtomicFile.moveIntoPlace(tmp, target, false);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("t.txt");
    }

    @Test
    void temporaryNamesAreHiddenBesideTheTargetAndUnique() {
        Path a = AtomicFile.temporaryName(dir, "index.html");
        Path b = AtomicFile.temporaryName(dir, "index.html");
        assertThat(a.getParent()).isEqualTo(dir);
        assertThat(a.getFileName().toString()).matches("\\.index\\.html\\.[0-9a-z]{1,13}\\.tmp");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void concurrentWritersOfOneTargetNeverMixTheirContent() throws Exception {
        Path target = dir.resolve("shared.txt");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = String.valueOf((char) ('a' + i)).repeat(100_000);
                done.add(pool.submit(() -> AtomicFile.writeString(target, body)));
            }
            for (Future<Path> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        String content = Files.readString(target);
        assertThat(content).hasSize(100_000);
        assertThat(content.chars().distinct().count()).as("distinct characters in %s", target).isEqualTo(1);
        assertThat(names()).containsExactly("shared.txt");
    }

    @Test
    void copyWritesTheSourceBytes() throws IOException {
        Path source = Files.writeString(dir.resolve("src.txt"), "copied");
        AtomicFile.copy(source, dir.resolve("out/dst.txt"));
        assertThat(Files.readString(dir.resolve("out/dst.txt"))).isEqualTo("copied");
    }

    @Test
    void theRootIsNotAFile() {
        Path root = dir.getRoot();
        assertThatThrownBy(() -> AtomicFile.writeString(root, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must name a file, got the root " + root);
    }
}
