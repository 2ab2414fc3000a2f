/**
 * The blog reproduced end to end: runs every module's worked example through its library API and
 * writes the figures, tables and an {@code index.html} into one folder.
 */
module dev.zatta.report {
    requires dev.zatta.formatting;
    requires dev.zatta.io;
    requires dev.zatta.plot;
    requires dev.zatta.vb;
    requires dev.zatta.gan;
    requires dev.zatta.packaging;
    requires info.picocli;

    exports dev.zatta.report;

    opens dev.zatta.report.cli to info.picocli;
}
