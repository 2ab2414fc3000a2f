/** The blog's DCGAN on Deeplearning4j and ND4J. */
module dev.zatta.gan {
    requires dev.zatta.formatting;
    requires dev.zatta.plot;
    requires info.picocli;
    requires deeplearning4j.nn;
    requires nd4j.api;
    requires nd4j.common;
    requires commons.math3;

    exports dev.zatta.gan;
    exports dev.zatta.gan.data;
    exports dev.zatta.gan.eval;
    exports dev.zatta.gan.model;
    exports dev.zatta.gan.train;

    opens dev.zatta.gan.cli to info.picocli;
}
