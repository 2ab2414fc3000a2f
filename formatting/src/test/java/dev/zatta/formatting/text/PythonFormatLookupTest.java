package dev.zatta.formatting.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.formatting.FormatException;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;

class PythonFormatLookupTest {
    final Map<String, Object> params = Map.of("estimator", "svm", "gamma", 0.1666, "eta", 100,
            "layers", List.of(64, 32));

    @Test
    void substitutorReadsPythonSpecs() {
        assertThat(PythonFormatLookup.replace("estimator-${estimator}_gamma-${gamma:.2f}_eta-${eta:05d}", params))
                .isEqualTo("estimator-svm_gamma-0.17_eta-00100");
        assertThat(PythonFormatLookup.replace("${estimator!r:>7} ${layers[1]:+d} ${gamma:-8.1%}", params))
                .isEqualTo("  'svm' +32    16.7%");
    }

    @Test
    void unknownNamesFollowStringSubstitutorRules() {
        assertThat(PythonFormatLookup.replace("${missing:.2f} ${eta}", params)).isEqualTo("${missing:.2f} 100");
        StringSubstitutor strict = PythonFormatLookup.substitutor(params).setEnableUndefinedVariableException(true);
        assertThatThrownBy(() -> strict.replace("${missing}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void badSpecsThrowFormatException() {
        assertThatThrownBy(() -> PythonFormatLookup.replace("${gamma:d}", params))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("Unknown format code 'd' for object of type 'float'");
        assertThatThrownBy(() -> new PythonFormatLookup(null)).hasMessage("values: expected a map of named values, got null");
    }
}
