/**
 * PRML §10.3 variational Bayes linear regression with Gamma hyperpriors on α and β: the model, its
 * lower bound, predictive, streaming sufficient statistics, the blog's figures and a command line.
 */
module dev.zatta.vb {
    // Figures returns dev.zatta.plot types and uses dev.zatta.formatting templates in its API
    requires transitive dev.zatta.formatting;
    requires transitive dev.zatta.plot;
    requires commons.math3;
    requires info.picocli;
    requires jdk.management;

    exports dev.zatta.vb;

    opens dev.zatta.vb.cli to info.picocli;
}
