package dev.zatta.formatting;

import dev.zatta.formatting.internal.PyLiteral;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PyLiteralTest {
    @Test
    void readsPythonLiterals() {
        assertThat(PyLiteral.parse("3")).isEqualTo(3L);
        assertThat(PyLiteral.parse("-1_000")).isEqualTo(-1000L);
        assertThat(PyLiteral.parse("123456789012345678901234567890")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(PyLiteral.parse("0.166")).isEqualTo(0.166);
        assertThat(PyLiteral.parse("1e-5")).isEqualTo(1e-5);
        assertThat(PyLiteral.parse(".5")).isEqualTo(0.5);
        assertThat(PyLiteral.parse("5.")).isEqualTo(5.0);
        assertThat(PyLiteral.parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Double) PyLiteral.parse("nan")).isNaN();
        assertThat(PyLiteral.parse("True")).isEqualTo(true);
        assertThat(PyLiteral.parse("None")).isNull();
        assertThat(PyLiteral.parse("'svm'")).isEqualTo("svm");
        assertThat(PyLiteral.parse("\"it's\"")).isEqualTo("it's");
        assertThat(PyLiteral.parse("'a\\nb\\x41\\u00e9\\U0001F600'")).isEqualTo("a\nbAé😀");
        assertThat(PyLiteral.parse("svm")).isEqualTo("svm");
        assertThat(PyLiteral.parse("007")).isEqualTo("007"); // not a Python int literal
        assertThat(PyLiteral.parse("'unterminated")).isEqualTo("'unterminated");
        assertThat(PyLiteral.parse("")).isEqualTo("");
    }

    @Test
    void reprReadsBack() {
        for (String s : new String[] {"", "a'b", "a\"b", "'\"", "\\", "\t\n\u0000é😀\u2028"}) {
            assertThat(PyLiteral.parse(PyObjects.repr(s))).isEqualTo(s);
        }
    }
}
