package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.formatting.Spec.Align;
import dev.zatta.formatting.Spec.Grouping;
import dev.zatta.formatting.Spec.Sign;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The spec mini-language read into its record, as CPython's parse_internal_render_format_spec reads it. */
class SpecTest {
    @Test
    void everyOption() {
        assertThat(Spec.parse("*^+z#012_.3f")).isEqualTo(new Spec("*^+z#012_.3f", OptionalInt.of('*'), Align.CENTER,
                Sign.PLUS, true, true, false, OptionalLong.of(12), Grouping.UNDERSCORE, OptionalLong.of(3),
                OptionalInt.of('f'), Optional.empty(), false));
        // no fill: '0' is zero padding, and '=' alignment follows from it for numbers
        Spec zero = Spec.parse("08,d");
        assertThat(zero.fill()).isEmpty();
        assertThat(zero.zeroPad()).isTrue();
        assertThat(zero.fillFor()).isEqualTo('0');
        assertThat(zero.alignFor(Align.RIGHT)).isEqualTo(Align.AFTER_SIGN);
        assertThat(zero.alignFor(Align.LEFT)).isEqualTo(Align.LEFT);
        assertThat(zero.grouping()).isEqualTo(Grouping.COMMA);
    }

    @Test
    void absentOptionsAreDefaultsNotSentinels() {
        Spec s = Spec.parse("x");
        assertThat(s.align()).isEqualTo(Align.DEFAULT);
        assertThat(s.sign()).isEqualTo(Sign.DEFAULT);
        assertThat(s.width()).isEmpty();
        assertThat(s.precision()).isEmpty();
        assertThat(s.type()).hasValue('x');
        assertThat(s.fillFor()).isEqualTo(' ');
        assertThat(Spec.parse("")).isSameAs(Spec.EMPTY);
        assertThat(Spec.EMPTY.isEmpty()).isTrue();
        // a fill code point outside the BMP, and a Unicode digit as the width (Python reads both)
        assertThat(Spec.parse("😀>\u0661\u0662")).satisfies(t -> {
            assertThat(t.fill()).hasValue(0x1F600);
            assertThat(t.width()).hasValue(12);
        });
    }

    @Test
    void errorsAreKeptUntilUse() {
        assertThat(Spec.parse(".f").error()).hasValue("Format specifier missing precision");
        assertThat(Spec.parse(",_d").error()).hasValue("Cannot specify both ',' and '_'.");
        assertThat(Spec.parse("_,d").error()).hasValue("Cannot specify both ',' and '_'.");
        assertThat(Spec.parse("99999999999999999999").error()).hasValue("Too many decimal digits in format string");
        assertThat(Spec.parse("dd").trailing()).isTrue();
        assertThat(Spec.parse("dd").isValid()).isFalse();
        assertThat(Spec.parse(">10.3e").isValid()).isTrue();
    }
}
