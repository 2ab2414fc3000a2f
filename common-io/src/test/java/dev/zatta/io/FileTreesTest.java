package dev.zatta.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
    @TempDir
    Path dir;

    @Test
    void deletesAFolderAndEverythingBelowIt() throws IOException {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("a/b/c"));
        Files.writeString(tree.resolve("a/b/c/leaf.txt"), "x");
        Files.writeString(tree.resolve("top.txt"), "y");
        assertThat(FileTrees.deleteRecursively(tree)).isTrue();
        assertThat(tree).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void removesLinksWithoutFollowingThem() throws IOException {
        Path outside = Files.writeString(dir.resolve("keep.txt"), "kept");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("link"), outside);
        FileTrees.deleteRecursively(tree);
        assertThat(tree).doesNotExist();
        assertThat(Files.readString(outside)).isEqualTo("kept");
    }

    @Test
    void aMissingPathIsNotAnError() throws IOException {
        assertThat(FileTrees.deleteRecursively(dir.resolve("absent"))).isFalse();
    }

    @Test
    void deletesASingleFile() throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "z");
        assertThat(FileTrees.deleteRecursively(file)).isTrue();
        assertThat(file).doesNotExist();
    }
}
