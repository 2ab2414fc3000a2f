package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message naming the source, line (or index) and the value. */
class InputErrorsTest {
    static SufficientStatistics csv(String text) throws java.io.IOException {
        return CsvData.summarize(new StringReader(text), "data.csv", Basis.polynomial(1), 0).statistics();
    }

    @Test
    void csvErrorsNameFileLineAndValue() {
        assertThatThrownBy(() -> csv("x,t\n0.1,0.2\n0.3,NaN\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv:3: column t: expected a finite number, got \"NaN\"");
        assertThatThrownBy(() -> csv("0.1,0.2\n-Infinity,1\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv:2: column x: expected a finite number, got \"-Infinity\"");
        assertThatThrownBy(() -> csv("x,t\n0.1,0.2\n0.3,0.4,0.5\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv:3: expected 2 columns (x,t), got 3 in \"0.3,0.4,0.5\"");
        assertThatThrownBy(() -> csv("x,t\n0.5\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv:2: expected 2 columns (x,t), got 1 in \"0.5\"");
        assertThatThrownBy(() -> csv("x,t\n\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv: expected at least one data row (x,t), got none");
        assertThatThrownBy(() -> csv("0.1,0.2\n0.2,abc\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv:2: column t: expected a number, got \"abc\"");
    }

    @Test
    void csvAcceptsQuotedFieldsAndCrLf() throws java.io.IOException {
        SufficientStatistics s = csv("\"x\",\"t\"\r\n\"1\",2\r\n  \r\n3,\"4\"\r\n");
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.targetSquares()).isEqualTo(20.0);
        assertThat(s.gram()).containsExactly(2, 4, 4, 10);
    }

    @Test
    void csvSyntaxErrorsNameTheSource() {
        assertThatThrownBy(() -> csv("x,t\n1,2\n3,\"4\"5\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("data.csv: Unexpected character after closing quote: '5' (0x35) (record starting at line 3)");
    }

    @Test
    void csvAcceptsHeaderBlankLinesAndSpaces() throws java.io.IOException {
        SufficientStatistics s = csv("x, t\n 1 , 2\n\n3,4\n");
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.targetSquares()).isEqualTo(20.0);
        assertThat(s.gram()).containsExactly(2, 4, 4, 10);
    }

    @Test
    void arrayAndConfigErrors() {
        Basis b = Basis.polynomial(2);
        assertThatThrownBy(() -> SufficientStatistics.of(b, new double[] {1, Double.NaN}, new double[] {1, 2}))
                .hasMessage("x[1]: expected a finite number, got NaN");
        assertThatThrownBy(() -> SufficientStatistics.of(b, new double[] {1}, new double[] {1, 2}))
                .hasMessage("x and t: expected the same length, got 1 and 2");
        assertThatThrownBy(() -> VariationalLinearRegression.fit(VbConfig.builder(b).build(), new double[0], new double[0]))
                .hasMessage("data: expected at least one row, got none");
        assertThatThrownBy(() -> GammaDensity.of(0, 1)).hasMessage("shape: expected a finite number > 0, got 0.0");
        assertThatThrownBy(() -> GammaDensity.of(1, -2)).hasMessage("rate: expected a finite number > 0, got -2.0");
        assertThatThrownBy(() -> Precision.fixed(Double.NaN))
                .hasMessage("fixed precision: expected a finite number > 0, got NaN");
        assertThatThrownBy(() -> VbConfig.builder(b).maxIterations(0).build())
                .hasMessage("maxIterations: expected an integer >= 1, got 0");
        assertThatThrownBy(() -> GaussianBasis.of(new double[] {0}, 0))
                .hasMessage("scale: expected a finite number > 0, got 0.0");
        assertThatThrownBy(() -> Basis.of("bad", 2, x -> new double[] {x}).apply(0.5))
                .hasMessage("basis 'bad' at x=0.5: expected 2 values, got 1");
    }
}
