package dev.zatta.packaging;

import java.util.Objects;

/**
 * One thing the doctor found wrong, in plain words, with the fix. Immutable.
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
}
