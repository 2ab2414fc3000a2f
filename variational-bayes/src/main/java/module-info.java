/** PRML §10.3 variational Bayes linear regression with Gamma hyperpriors on α and β. */
module dev.zatta.vb {
    requires dev.zatta.formatting;
    requires dev.zatta.plot;
    requires commons.math3;
    requires info.picocli;
    requires jdk.management;

    exports dev.zatta.vb;

    opens dev.zatta.vb.cli to info.picocli;
}
