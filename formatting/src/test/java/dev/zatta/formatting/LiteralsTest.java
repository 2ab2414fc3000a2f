package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiteralsTest {
    @Test
    void doublesBraces() {
        assertThat(Literals.escape("a{b}c")).isEqualTo("a{{b}}c");
        assertThat(Literals.escape("{}")).isEqualTo("{{}}");
        assertThat(Literals.escape("plain")).isEqualTo("plain");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Literals.escape(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: expected a string, got null");
    }
}
