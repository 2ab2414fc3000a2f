package dev.zatta.gan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference cases that a test's Python script wrote beside it ({@code {"cases": [...]}} in a JSON
 * resource of the test's package), and their numeric arrays. Shared by the tests checked against numpy, scipy
 * or PyTorch output.
 */
public final class ReferenceCases {
    private ReferenceCases() {}

    /** The {@code cases} array of {@code resource}, found beside {@code owner}; fails the test if it is missing. */
    public static List<JsonNode> read(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s beside %s", resource, owner.getName()).isNotNull();
            JsonNode cases = new ObjectMapper().readTree(in).get("cases");
            assertThat(cases).as("\"cases\" in %s", resource).isNotNull();
            List<JsonNode> list = new ArrayList<>();
            cases.forEach(list::add);
            return list;
        }
    }

    /** A JSON array of arrays of numbers as rows. */
    public static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            JsonNode r = rows.get(i);
            m[i] = new double[r.size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = r.get(j).asDouble();
            }
        }
        return m;
    }

    /** A JSON array of integers. */
    public static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }
}
