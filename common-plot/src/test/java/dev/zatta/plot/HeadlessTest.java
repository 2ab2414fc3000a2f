package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlessTest {
    @Test
    void awtIsHeadlessAfterEnsure() {
        assertThat(Headless.ensure()).isTrue();
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }
}
