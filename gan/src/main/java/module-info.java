/** The blog's DCGAN on Deeplearning4j and ND4J. */
module dev.zatta.gan {
    requires dev.zatta.formatting;
    requires dev.zatta.plot;
    requires info.picocli;
    requires deeplearning4j.nn;
    requires nd4j.api;
    requires nd4j.common;

    exports dev.zatta.gan;
    exports dev.zatta.gan.model;

    opens dev.zatta.gan.cli to info.picocli;
}
