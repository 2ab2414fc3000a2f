package dev.zatta.packaging;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source files whose {@code package} declaration does not match their folder below the source root (the
 * blog's case: compiled or run from the wrong folder). Files are added one by one; one finding per package
 * and folder. Not thread-safe: one per check.
 */
final class SourceRootCheck {
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;");

    private final Path dir;
    private final Charset declared;
    /** (package, folder) to the files that declare the package there. */
    private final Map<String, List<Path>> misplaced = new TreeMap<>();

    SourceRootCheck(Path dir, Charset declared) {
        this.dir = dir;
        this.declared = declared;
    }

    /** Looks at {@code file}, below the source root, whose content is {@code bytes}. */
    void add(Path file, byte[] bytes) {
        packageOf(bytes, declared).ifPresent(pkg -> {
            Path folder = dir.relativize(file).getParent();
            if (folder == null || !folder.endsWith(Path.of(pkg.replace('.', '/')))) {
                misplaced.computeIfAbsent(pkg + " " + (folder == null ? "" : folder), k -> new ArrayList<>()).add(file);
            }
        });
    }

    /** A finding per package and folder of the misplaced files added so far. */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        misplaced.forEach((key, files) -> findings.add(finding(key.substring(0, key.indexOf(' ')), files)));
        return findings;
    }

    private Finding finding(String pkg, List<Path> files) {
        Path first = files.get(0);
        Path absoluteFolder = first.toAbsolutePath().normalize().getParent();
        Path pkgPath = Path.of(pkg.replace('.', '/'));
        Optional<Path> sourceRoot = Optional.empty();
        if (absoluteFolder.endsWith(pkgPath)) {
            Path root = absoluteFolder;
            for (int i = 0; i < pkgPath.getNameCount(); i++) {
                root = root.getParent();
            }
            sourceRoot = Optional.of(root);
        }
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        return Finding.wrongSourceRoot(dir, pkg, dir.relativize(first).getParent(), names, sourceRoot);
    }

    /** The package a source file declares, or empty for the unnamed package. */
    private static Optional<String> packageOf(byte[] bytes, Charset declared) {
        String text = Encodings.decode(bytes, declared).orElseGet(() -> new String(bytes, declared));
        String code = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
        Matcher m = PACKAGE.matcher(code);
        if (!m.find() || code.substring(0, m.start()).matches("(?s).*\\b(class|interface|enum|record|module)\\b.*")) {
            return Optional.empty(); // the unnamed package: javac does not care where the file lies
        }
        return Optional.of(m.group(1).replaceAll("\\s", ""));
    }
}
