package dev.zatta.packaging;

import dev.zatta.packaging.EncodingCheck.CodingComment;
import dev.zatta.packaging.EncodingCheck.Guess;
import dev.zatta.packaging.EncodingCheck.InvalidBytes;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One thing the doctor found wrong, in plain words, with the fix. Immutable.
 *
 * <p>The checks make findings through the package-private factories below, one per kind of trouble, so
 * that every text the doctor prints is written in one place.
 *
 * @param kind what family of trouble it is
 * @param subject what it is about: a module, a package, a resource, or {@code file:line:column}
 * @param message what is wrong and what the JVM or javac will say about it
 * @param fix what to change
 */
public record Finding(Kind kind, String subject, String message, String fix) {
    /** The families of trouble, each with the symptom a user sees first. */
    public enum Kind {
        /** A required module, the root module, or the module of a used package is not on the module path. */
        MODULE_NOT_FOUND,
        /** A module uses a package of a module it does not read ({@code requires} is missing). */
        MISSING_REQUIRES,
        /** A module uses a package that its module does not export to it. */
        PACKAGE_NOT_EXPORTED,
        /** Two modules of one configuration contain the same package. */
        SPLIT_PACKAGE,
        /** A module reads a resource that lies in a package of another module that is not opened. */
        RESOURCE_NOT_OPENED,
        /** A module reflects deeply ({@code setAccessible}) on classes of a package that is not opened to it. */
        REFLECTION_NOT_OPENED,
        /** Modules require each other in a cycle. */
        MODULE_CYCLE,
        /** A jar or folder on the module path is not a valid module, or resolution failed otherwise. */
        INVALID_MODULE,
        /** A source file has bytes that are not valid in the declared encoding: javac reports them. */
        INVALID_ENCODING,
        /** A source file's bytes are valid in the declared encoding but are almost surely another one: javac reads mojibake silently. */
        MISDECLARED_ENCODING,
        /** A source file's package declaration does not match its folder below the source root. */
        WRONG_SOURCE_ROOT
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** Three lines: kind and subject, what is wrong, the fix. */
    public String render() {
        return kind + " " + subject + "\n   what: " + message.replace("\n", "\n         ")
                + "\n   fix:  " + fix.replace("\n", "\n         ");
    }

    // ------------------------------------------------------------------------------------ module path

    /** {@link java.lang.module.ModuleFinder} refused the path; {@code message} is its message. */
    static Finding invalidModulePath(String message) {
        return new Finding(Kind.INVALID_MODULE, "module path", "the module path cannot be read: " + message,
                "remove or repair the entry named in the message (a jar with a broken module-info, two modules of "
                        + "the same name in one folder, or an automatic module name that is not a legal Java name)");
    }

    /** A class file of {@code module} that cannot be parsed. */
    static Finding unreadableClass(String module, String entry, String message) {
        return new Finding(Kind.INVALID_MODULE, module + "/" + entry, "not a readable class file: " + message,
                "rebuild module " + module);
    }

    /** The JVM's own resolution failed where the checks found nothing. */
    static Finding jvmRefused(String root, RuntimeException e) {
        return new Finding(Kind.INVALID_MODULE, root, "the JVM cannot resolve the configuration: "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), "see the JVM's message");
    }

    /** The root module is neither on the path ({@code onPath} names what is) nor in the JDK. */
    static Finding rootNotFound(String root, Collection<String> onPath) {
        return new Finding(Kind.MODULE_NOT_FOUND, root, "root module " + root + " is not on the module path; "
                + "java says: FindException: Module " + root + " not found",
                "check the name (the module path holds " + (onPath.isEmpty() ? "no modules" : String.join(", ", onPath))
                        + ") or add the jar or folder that contains module " + root);
    }

    /** Module {@code name}, required by {@code requiredBy}, is neither on the path nor in the JDK. */
    static Finding moduleNotFound(String name, List<String> requiredBy) {
        String by = String.join(", ", requiredBy);
        return new Finding(Kind.MODULE_NOT_FOUND, name, "module " + name + " is required by " + by + " but is on "
                + "neither the module path nor in the JDK; java says: FindException: Module " + name
                + " not found, required by " + requiredBy.get(0),
                "add the jar or folder that contains module " + name + " to --module-path, or remove `requires "
                        + name + ";` from " + by + " if it is not used");
    }

    /** Module {@code user} uses packages ({@code uses}: package to one use) that no module contains. */
    static Finding packageNowhere(String user, Map<String, String> uses) {
        String pkgs = String.join(", ", uses.keySet());
        String use = uses.values().iterator().next();
        return new Finding(Kind.MODULE_NOT_FOUND, pkgs, "module " + user + " uses package " + pkgs + " (" + use
                + ") but no module on the module path or in the JDK contains it; java says: NoClassDefFoundError: "
                + use.replaceAll(".* uses ", "").replace('.', '/'),
                "add the jar that contains " + pkgs + " to --module-path and `requires` its module in " + user);
    }

    /** Module {@code user} uses packages of {@code owner} ({@code uses}: package to one use) without reading it. */
    static Finding missingRequires(String user, String owner, Map<String, String> uses) {
        return new Finding(Kind.MISSING_REQUIRES, user + " -> " + owner, "module " + user + " uses package "
                + String.join(", ", uses.keySet()) + " of module " + owner + " (" + uses.values().iterator().next()
                + ") but does not read " + owner + "; javac says: package " + uses.keySet().iterator().next()
                + " is not visible (... but module " + user + " does not read it); java says: NoClassDefFoundError, "
                + "or IllegalAccessError if " + owner + " happens to be resolved",
                "add `requires " + owner + ";` to the module-info.java of " + user);
    }

    /** Module {@code user} uses package {@code pkg} of {@code owner}, which does not export it to {@code user}. */
    static Finding packageNotExported(String owner, String pkg, String user, String use) {
        return new Finding(Kind.PACKAGE_NOT_EXPORTED, pkg, "module " + user + " uses package " + pkg + " (" + use
                + ") but module " + owner + " does not export it to " + user + "; javac says: package " + pkg
                + " is not visible (package " + pkg + " is declared in module " + owner + ", which does not export "
                + "it); java says: IllegalAccessError: ... module " + owner + " does not export " + pkg + " to module "
                + user,
                "use only the exported API of " + owner + ", or add `exports " + pkg + ";` (or `exports " + pkg + " to "
                        + user + ";`) to the module-info.java of " + owner);
    }

    /**
     * Package {@code pkg} is in {@code modules} (sorted); {@code exporting} are those that export it, and
     * {@code reader} the module javac names when two of them do.
     */
    static Finding splitPackage(String pkg, List<String> modules, List<String> exporting, String reader) {
        String symptom = exporting.size() >= 2
                ? "javac says: module " + reader + " reads package " + pkg + " from both " + exporting.get(0) + " and "
                        + exporting.get(1) + "; java says: ResolutionException: Modules " + exporting.get(0) + " and "
                        + exporting.get(1) + " export package " + pkg + " to module " + reader
                : "javac compiles it (not every one exports it), but java says: LayerInstantiationException: Package "
                        + pkg + " in both module " + modules.get(0) + " and module " + modules.get(1)
                        + "; on the class path the first jar would win silently";
        String names = String.join(", ", modules);
        return new Finding(Kind.SPLIT_PACKAGE, pkg, "package " + pkg + " is in " + modules.size() + " modules: "
                + names + "; a package must live in one module of a layer. " + symptom,
                "keep package " + pkg + " in one module: merge the classes into one module, or rename the package "
                        + "in all but one of " + names);
    }

    /** The modules of {@code cycle} require each other in that order; its last element repeats the first. */
    static Finding cycle(List<String> cycle) {
        String chain = String.join(" -> ", cycle);
        return new Finding(Kind.MODULE_CYCLE, chain, "modules require each other in a cycle: " + chain
                + "; javac says: cyclic dependence involving " + cycle.get(0) + "; java says: "
                + "ResolutionException: Cycle detected: " + chain,
                "break the cycle: move the types both sides need into a new module that both require, or remove "
                        + "one `requires` (" + cycle.get(cycle.size() - 2) + " -> " + cycle.get(cycle.size() - 1) + ")");
    }

    /** Class {@code cls} of {@code user} names {@code resource} in package {@code pkg} of {@code owner}, not opened. */
    static Finding resourceNotOpened(String owner, String resource, String pkg, String cls, String user) {
        return new Finding(Kind.RESOURCE_NOT_OPENED, owner + "/" + resource, "class " + cls + " of module " + user
                + " reads resource " + resource + " of module " + owner + ", but package " + pkg + " is not opened; "
                + "getResourceAsStream returns null (on the class path it would be found)",
                "add `opens " + pkg + ";` to the module-info.java of " + owner + " (or `opens " + pkg + " to " + user
                        + ";` for Class.getResourceAsStream), or move the resource to a folder that is not a package, "
                        + "e.g. META-INF/ or the jar's root");
    }

    /** Class {@code cls} of {@code user} calls setAccessible and uses {@code ref} of {@code owner}'s unopened {@code pkg}. */
    static Finding reflectionNotOpened(String cls, String user, String ref, String owner, String pkg) {
        return new Finding(Kind.REFLECTION_NOT_OPENED, pkg, "class " + cls + " of module " + user + " calls "
                + "setAccessible and uses " + ref + ", but module " + owner + " does not open package " + pkg + " to "
                + user + "; deep reflection on its non-public members fails: InaccessibleObjectException: ... module "
                + owner + " does not \"opens " + pkg + "\" to module " + user,
                "use the public API of " + owner + ", or add `opens " + pkg + " to " + user + ";` to the "
                        + "module-info.java of " + owner + " (or, without changing it, run with --add-opens " + owner
                        + "/" + pkg + "=" + user + ")");
    }

    // ------------------------------------------------------------------------------------ class path

    /** Package {@code pkg} is in several class path {@code entries}; {@code shadowed} classes are in more than one. */
    static Finding classPathSplit(String pkg, List<Path> entries, List<String> shadowed) {
        String where = entries.stream().map(Path::toString).collect(Collectors.joining(", "));
        String message = "package " + pkg + " is in " + entries.size() + " class path entries: " + where + ". "
                + (shadowed.isEmpty() ? "No class is in two of them, so the class path runs"
                        : shadowed.size() + " class" + (shadowed.size() == 1 ? " is" : "es are") + " in more than one ("
                                + String.join(", ", shadowed.subList(0, Math.min(5, shadowed.size())))
                                + (shadowed.size() > 5 ? ", ..." : "") + "): the JVM loads each from the first entry, "
                                + entries.get(0) + ", and never the other copies, without a word; reorder the class "
                                + "path and the program changes")
                + ". On the module path the same jars fail: module X reads package " + pkg + " from both ..., or "
                + "LayerInstantiationException: Package " + pkg + " in both module ...";
        return new Finding(Kind.SPLIT_PACKAGE, pkg, message, shadowed.isEmpty()
                ? "move package " + pkg + " into one jar (or rename it in all but one) before moving to modules"
                : "keep one copy: remove the duplicate jar (often two versions of one library), or rename the "
                        + "package in all but one of " + where);
    }

    // ------------------------------------------------------------------------------------ sources

    /** Bytes of {@code file} that are not valid in {@code declared}, and the encoding they are probably in. */
    static Finding invalidEncoding(String file, Charset declared, InvalidBytes bad, Optional<Guess> guess,
            Optional<CodingComment> coding) {
        String probably = guess.map(g -> " They are probably " + g.charset().name() + ": line " + bad.line()
                + " reads " + g.quotedLine() + " in " + g.charset().name() + ".").orElse(" They fit none of "
                + Encodings.CANDIDATES.stream().map(Charset::name).collect(Collectors.joining(", ")) + ".");
        String message = String.format(Locale.ROOT, "byte 0x%02X at line %d, byte %d of the line (offset %d) is not "
                + "valid %s; %d bytes on %d line%s are not. javac says: unmappable character (0x%02X) for encoding %s.",
                bad.firstByte(), bad.line(), bad.column(), bad.offset(), declared.name(), bad.count(), bad.lines(),
                bad.lines() == 1 ? "" : "s", bad.firstByte(), declared.name());
        String fix = guess.map(Guess::charset).map(c -> compileWith(c) + (c.name().equals("UTF-8") ? ""
                : ", or better, convert the file to UTF-8 (iconv -f " + c.name() + " -t UTF-8) and compile with "
                        + "-encoding UTF-8"))
                .orElse("find out which encoding the file is in and pass it with -encoding");
        return new Finding(Kind.INVALID_ENCODING, file + ":" + bad.line() + ":" + bad.column(),
                message + probably + codingNote(coding), fix);
    }

    /**
     * Every byte of the file at {@code where} ({@code file:line:column}) is valid {@code declared}, but it is
     * almost surely {@code actual.charset()}: line {@code line} reads {@code lineAsDeclared} when declared.
     */
    static Finding misdeclaredEncoding(String where, Charset declared, Guess actual, String lineAsDeclared, int line,
            Optional<CodingComment> coding) {
        String c = actual.charset().name();
        return new Finding(Kind.MISDECLARED_ENCODING, where, "every byte is valid " + declared.name() + ", so javac "
                + "compiles it without a word, but the file is almost surely " + c + ": line " + line + " reads "
                + actual.quotedLine() + " in " + c + " and " + lineAsDeclared + " in " + declared.name()
                + "; string constants and identifiers become mojibake." + codingNote(coding),
                compileWith(actual.charset()));
    }

    private static String compileWith(Charset c) {
        return "compile with -encoding " + c.name() + " (Maven: <project.build.sourceEncoding>" + c.name()
                + "</project.build.sourceEncoding>)";
    }

    private static String codingNote(Optional<CodingComment> coding) {
        return coding.map(cc -> " The `coding: " + cc.name() + "` comment on line " + cc.line() + " changes nothing: "
                + "javac never reads it (that is Python's PEP 263), only -encoding counts.").orElse("");
    }

    /**
     * {@code files} (names) in {@code folder} below the source root {@code dir} (null: at its top) declare
     * {@code pkg}; {@code sourceRoot} is the root they belong to when their folder ends with the package's.
     */
    static Finding wrongSourceRoot(Path dir, String pkg, Path folder, List<String> files, Optional<Path> sourceRoot) {
        Path pkgPath = Path.of(pkg.replace('.', '/'));
        String simple = files.get(0).replaceFirst("\\.java$", "");
        String where = folder == null ? "lie at the top of " + dir : "lie in " + folder + "/";
        String symptom = " Their classes are " + pkg + ".*: javac -d out puts them in out/" + pkgPath + "/, and running one "
                + "from any other folder fails, e.g. java -cp out/" + pkgPath + " " + simple + " says: NoClassDefFoundError: "
                + simple + " (wrong name: " + pkgPath + "/" + simple + ").";
        String fix = sourceRoot.map(root -> "use " + root + " as the source root, not " + dir + ": cd " + root
                        + " && javac -d out " + pkgPath + "/*.java && java -cp out " + pkg + "." + simple)
                .orElse("move them to " + pkgPath + "/ below the source root, or change the package declaration to "
                        + "match their folder");
        return new Finding(Kind.WRONG_SOURCE_ROOT, folder == null ? "." : folder.toString(), String.join(", ", files)
                + " declare `package " + pkg + ";` but " + where + ", not in " + pkgPath + "/ below the source root "
                + dir + "." + symptom, fix);
    }
}
