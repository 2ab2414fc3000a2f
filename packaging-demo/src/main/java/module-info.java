/**
 * The blog's "import works here but not from the parent folder" pitfall, as JPMS module-path and
 * source-encoding cases, and a doctor that names the real cause.
 */
module dev.zatta.packaging {
    requires dev.zatta.io;
    requires info.picocli;
    requires java.compiler;

    exports dev.zatta.packaging;
    exports dev.zatta.packaging.cases;

    opens dev.zatta.packaging.cli to info.picocli;
}
