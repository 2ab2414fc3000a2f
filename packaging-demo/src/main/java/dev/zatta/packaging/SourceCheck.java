package dev.zatta.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The source check: every {@code .java} file below a source root, through {@link EncodingCheck} (its
 * bytes against the declared encoding) and {@link SourceRootCheck} (its package against its folder).
 * Stateless.
 */
final class SourceCheck {
    private SourceCheck() {
    }

    /** Checks the {@code .java} files below the folder {@code dir} as {@code javac -encoding declared} reads them. */
    static Report run(Path dir, Charset declared) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
        List<Finding> findings = new ArrayList<>();
        SourceRootCheck roots = new SourceRootCheck(dir, declared);
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
            EncodingCheck.check(dir.relativize(file).toString(), bytes, declared).ifPresent(findings::add);
            roots.add(file, bytes);
        }
        findings.addAll(roots.findings());
        return new Report(files.size() + (files.size() == 1 ? " source file" : " source files") + " under " + dir
                + " read as " + declared.name(), findings);
    }
}
