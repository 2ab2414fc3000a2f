/** The blog's DCGAN on Deeplearning4j and ND4J. */
module dev.zatta.gan {
    requires transitive dev.zatta.formatting;
    requires transitive dev.zatta.plot;
    requires dev.zatta.io;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires transitive deeplearning4j.nn; // the model API hands out MultiLayerNetwork and INDArray
    requires transitive nd4j.api;
    requires nd4j.common;
    requires commons.math3;

    exports dev.zatta.gan.data;
    exports dev.zatta.gan.eval;
    exports dev.zatta.gan.model;
    exports dev.zatta.gan.train;

    opens dev.zatta.gan.cli to info.picocli;
}
