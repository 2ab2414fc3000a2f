package dev.zatta.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/** Whole folders: removing one with everything below it. Static and thread safe. */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes {@code path} and, if it is a folder, everything below it, deepest first. Symbolic links are
     * removed, never followed. A path that does not exist is not an error.
     *
     * @return whether anything was deleted
     * @throws IOException naming the path that could not be deleted
     */
    public static boolean deleteRecursively(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        return true;
    }

    private static void delete(Path p) throws IOException {
        try {
            Files.delete(p);
        } catch (NoSuchFileException gone) {
            // removed meanwhile: the goal is reached
        }
    }
}
