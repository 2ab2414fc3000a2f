package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.formatting.Part.Conversion;
import dev.zatta.formatting.Part.Field;
import dev.zatta.formatting.Part.Literal;
import dev.zatta.formatting.Part.Named;
import dev.zatta.formatting.Part.Positional;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What the parser makes of a pattern: the parts, as records. */
class TemplateParserTest {
    @Test
    void literalsFieldsAccessorsConversionAndNestedSpec() {
        List<Part> p = TemplateParser.parse("a{{b{x.y[0][k]!r:>{w}}}}c{}");
        Field nested = new Field(4, "x.y[0][k]!r:>{w}", new Named("x"),
                List.of(new Accessor.Attribute("y"), new Accessor.Item("0", OptionalLong.of(0)),
                        new Accessor.Item("k", OptionalLong.empty())),
                Conversion.REPR, null,
                List.of(new Literal(">"), new Field(18, "w", new Named("w"), List.of(), Conversion.NONE, Spec.EMPTY,
                        List.of())));
        assertThat(p).containsExactly(new Literal("a{b"), nested, new Literal("}c"),
                new Field(25, "", new Positional(0), List.of(), Conversion.NONE, Spec.EMPTY, List.of()));
    }

    @Test
    void automaticNumberingCountsAndManualIndicesStay() {
        assertThat(TemplateParser.parse("{}{:.2f}{}")).extracting(part -> ((Field) part).argument())
                .containsExactly(new Positional(0), new Positional(1), new Positional(2));
        assertThat(TemplateParser.parse("{2}{0}{99999999999}")).extracting(part -> ((Field) part).argument())
                .containsExactly(new Positional(2), new Positional(0), new Positional(Integer.MAX_VALUE));
        assertThat(((Field) TemplateParser.parse("{0:.2f}").get(0)).spec()).isEqualTo(Spec.parse(".2f"));
    }

    @Test
    void syntaxErrorsNameThePosition() {
        assertThatThrownBy(() -> TemplateParser.parse("ab}c"))
                .hasMessage("ValueError: Single '}' encountered in format string at position 2 of \"ab}c\"");
        assertThatThrownBy(() -> TemplateParser.parse("{a:{b:{c}}}"))
                .hasMessage("ValueError: Max string recursion exceeded at position 6 of \"{a:{b:{c}}}\"");
        assertThatThrownBy(() -> TemplateParser.parse("x{0[1]y}"))
                .hasMessage("ValueError: Only '.' or '[' may follow ']' in format field specifier in field {0[1]y}"
                        + " at position 1 of \"x{0[1]y}\"");
        assertThatThrownBy(() -> TemplateParser.parse("{0!q}"))
                .hasMessage("ValueError: Unknown conversion specifier q in field {0!q} at position 0 of \"{0!q}\"");
        assertThatThrownBy(() -> TemplateParser.parse("{99999999999999999999}"))
                .hasMessage("ValueError: Too many decimal digits in format string in field {99999999999999999999}"
                        + " at position 0 of \"{99999999999999999999}\"");
    }
}
