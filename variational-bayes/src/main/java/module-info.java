/**
 * PRML §10.3 variational Bayes linear regression with Gamma hyperpriors on α and β: the model, its
 * lower bound, predictive, streaming sufficient statistics, the blog's figures, the JSON documents
 * of a fit, and a command line whose options other command lines can reuse.
 */
module dev.zatta.vb {
    // Figures returns dev.zatta.plot types and uses dev.zatta.formatting templates in its API
    requires transitive dev.zatta.formatting;
    requires transitive dev.zatta.plot;
    // FitReportJson.tree returns a Jackson tree; the cli mixins are picocli types
    requires transitive com.fasterxml.jackson.databind;
    requires transitive info.picocli;
    requires dev.zatta.io;
    requires de.siegmar.fastcsv;
    requires commons.math3;
    requires jdk.management;

    exports dev.zatta.vb;
    exports dev.zatta.vb.json;
    exports dev.zatta.vb.cli;

    opens dev.zatta.vb.cli to info.picocli;
}
