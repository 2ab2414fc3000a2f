package dev.zatta.vb.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test JVMs get Spark's --add-opens from Surefire's and Failsafe's argLine (the pom's list). */
class ModuleOptionsTest {
    @Test
    void everyOneOfSparksAddOpensIsInEffectHere() {
        assertThat(ModuleOptions.sparkAddOpens()).hasSize(15).contains("java.base/java.nio", "java.base/sun.nio.ch");
        assertThat(ModuleOptions.inEffect()).containsExactlyElementsOf(ModuleOptions.sparkAddOpens());
        assertThat(ModuleOptions.describe()).isEqualTo("15 of Spark's 15 --add-opens in effect");
    }
}
