package dev.zatta.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a file so that it is either absent, its old content, or its whole new content — never half
 * of it, whatever happens to the writing process.
 *
 * <p>The content goes to a temporary file in the target's own folder, named
 * {@code .<target name>.<random>.tmp} and created with {@code CREATE_NEW}, so two writers of the same
 * target never share one. When the content is complete, the temporary file is renamed over the target:
 * with {@link StandardCopyOption#ATOMIC_MOVE} where the file system supports it, otherwise (some network
 * and FUSE file systems throw {@link AtomicMoveNotSupportedException}) with a plain replacing move, which
 * on those file systems may briefly show no file, but never a partial one. If anything fails — the
 * content writer throws, the disk fills, the rename is refused — the temporary file is removed and an
 * existing target is left as it was.
 *
 * <p>Permissions are those a plain {@link Files#write(Path, byte[], java.nio.file.OpenOption...)} would
 * give: a new file gets the process's default mode (0666 less the umask, not the owner-only mode of
 * {@link Files#createTempFile}), and a file that already exists keeps its POSIX permissions.
 *
 * <p>This guards against a crashed or killed process, not against power loss: nothing is
 * {@code fsync}ed. Missing parent folders are created. All methods are static and thread safe.
 */
public final class AtomicFile {
    /** The bytes of a file, written to the stream given (buffered; the caller closes it). */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** The text of a file, written to the UTF-8 writer given (buffered; the caller closes it). */
    @FunctionalInterface
    public interface TextContent {
        /** Writes the whole text to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom NAMES = new SecureRandom();

    private AtomicFile() {
    }

    /**
     * Writes {@code target} with the bytes {@code content} produces.
     *
     * @return {@code target}
     * @throws IOException if writing or renaming fails; the target is then unchanged
     */
    public static Path write(Path target, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        return replace(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
        });
    }

    /** Writes {@code target} with the UTF-8 text {@code content} produces; see {@link #write}. */
    public static Path writeText(Path target, TextContent content) throws IOException {
        Objects.requireNonNull(content, "content");
        return write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /** Writes {@code bytes} to {@code target}; see {@link #write}. */
    public static Path writeBytes(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        return write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8 to {@code target}; see {@link #write}. */
    public static Path writeString(Path target, CharSequence text) throws IOException {
        Objects.requireNonNull(text, "text");
        return writeBytes(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Copies the file {@code source} to {@code target}, which appears whole or not at all. */
    public static Path copy(Path source, Path target) throws IOException {
        Objects.requireNonNull(source, "source");
        return write(target, out -> Files.copy(source, out));
    }

    /** A step that fills the temporary file. */
    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    private static Path replace(Path target, Fill fill) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path name = absolute.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("target must name a file, got the root " + target);
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = temporaryName(dir, name.toString());
        try {
            fill.into(tmp);
            keepPermissions(absolute, tmp);
            moveIntoPlace(tmp, absolute, true);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** {@code .<name>.<13 base-36 random digits>.tmp}: unique per write, hidden, recognisable. */
    static Path temporaryName(Path dir, String name) {
        return dir.resolve("." + name + "." + Long.toUnsignedString(NAMES.nextLong(), 36) + ".tmp");
    }

    /** A target that exists keeps its POSIX permissions, as it would under a plain overwrite. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /**
     * Renames {@code tmp} over {@code target}: atomically when {@code tryAtomic} and the file system can,
     * else by a replacing move (the documented fallback; package-private so the test can take it).
     */
    static void moveIntoPlace(Path tmp, Path target, boolean tryAtomic) throws IOException {
        if (tryAtomic) {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                // fall through to the replacing move
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
