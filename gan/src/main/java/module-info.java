/** The blog's DCGAN on Deeplearning4j and ND4J. */
module dev.zatta.gan {
    requires dev.zatta.formatting;
    requires dev.zatta.plot;
    requires info.picocli;

    exports dev.zatta.gan;
    exports dev.zatta.gan.data;

    opens dev.zatta.gan.cli to info.picocli;
}
