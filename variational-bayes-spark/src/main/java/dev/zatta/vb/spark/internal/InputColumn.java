package dev.zatta.vb.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * One input column (x or t) as the fit reads it: resolved against the data's schema by name (exactly,
 * or ignoring case when Spark's {@code spark.sql.caseSensitive} is off, as Spark resolves names), and
 * read as a double — numeric columns cast to double by Spark, text columns (a CSV read without a
 * schema) parsed per value with {@link Double#parseDouble}. A value that is null, not a number, or not
 * finite is <em>described</em> (column, value, what was expected) rather than thrown, so the task
 * reports it to the driver and the driver raises one clear error. Immutable.
 *
 * @param role "x" or "t": which input this is, for messages
 * @param name the column's name in the data
 * @param text whether the column holds text to parse (else a number)
 * @param type its Spark type
 */
record InputColumn(String role, String name, boolean text, DataType type) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Resolves {@code requested} in {@code data}'s schema.
     *
     * @throws IllegalArgumentException naming the column when it is missing or of a type other than a
     *     number or text
     */
    static InputColumn resolve(Dataset<Row> data, String role, String requested) {
        Objects.requireNonNull(requested, role + " column");
        StructField[] fields = data.schema().fields();
        StructField found = null;
        for (StructField f : fields) {
            if (f.name().equals(requested)) {
                found = f;
            }
        }
        if (found == null && !caseSensitive(data)) {
            List<StructField> matches = new ArrayList<>();
            for (StructField f : fields) {
                if (f.name().toLowerCase(Locale.ROOT).equals(requested.toLowerCase(Locale.ROOT))) {
                    matches.add(f);
                }
            }
            if (matches.size() == 1) {
                found = matches.get(0);
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(role + " column: expected one of the data's columns "
                    + Arrays.toString(data.schema().fieldNames()) + ", got '" + requested + "'");
        }
        DataType type = found.dataType();
        if (!(type instanceof NumericType) && !(type instanceof StringType)) {
            throw new IllegalArgumentException(role + " column: expected a numeric column (or text holding numbers), got '"
                    + found.name() + "' of type " + type.simpleString());
        }
        return new InputColumn(role, found.name(), type instanceof StringType, type);
    }

    private static boolean caseSensitive(Dataset<Row> data) {
        return Boolean.parseBoolean(data.sparkSession().conf().get("spark.sql.caseSensitive", "false"));
    }

    /** Field {@code i} of {@code row} as a double; NaN when it is null or (text) not a number. */
    double read(Row row, int i) {
        if (row.isNullAt(i)) {
            return Double.NaN;
        }
        if (!text) {
            return row.getDouble(i);
        }
        try {
            return Double.parseDouble(row.getString(i).strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Why field {@code i} of {@code row} is refused, e.g. {@code column t: expected a finite number,
     * got NaN}, or null if it is a finite number.
     */
    String problem(Row row, int i) {
        if (row.isNullAt(i) || !text) {
            return problem(row.isNullAt(i), row.isNullAt(i) ? Double.NaN : row.getDouble(i));
        }
        String s = row.getString(i);
        double v;
        try {
            v = Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return "column " + name + ": expected a number, got \"" + abbreviate(s) + "\"";
        }
        return Double.isFinite(v) ? null : "column " + name + ": expected a finite number, got \"" + abbreviate(s) + "\"";
    }

    /** Why a number (or null) is refused, or null if it is finite. */
    String problem(boolean isNull, double value) {
        if (isNull) {
            return "column " + name + ": expected a number, got null";
        }
        return Double.isFinite(value) ? null : "column " + name + ": expected a finite number, got " + value;
    }

    /** The column as the pass selects it: text and doubles as they are, other numbers cast to double. */
    Column select() {
        Column c = functions.col("`" + name.replace("`", "``") + "`");
        return text || type == DataTypes.DoubleType ? c : c.cast(DataTypes.DoubleType);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
