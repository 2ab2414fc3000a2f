package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** How Java values map to Python's types (expected strings are CPython 3.11's). */
class JavaTypesTest {
    record Point(int x, double y) {}

    /** A JavaBean-style class: {@code {0.name}} calls {@code getName()}, {@code {0.ok}} calls {@code isOk()}. */
    public static final class Bean {
        public final int count = 3;

        public String getName() {
            return "bean";
        }

        public boolean isOk() {
            return true;
        }
    }

    @Test
    void integersOfEveryWidthAreInt() {
        Template t = Template.compile("{:+05d}|{:x}|{:,}|{:b}");
        assertThat(t.format((short) 42, (byte) -1, 1234567890123L, BigInteger.valueOf(5)))
                .isEqualTo("+0042|-1|1,234,567,890,123|101");
        assertThat(Template.formatValue(Long.MIN_VALUE, "x")).isEqualTo("-8000000000000000");
        assertThat(Template.formatValue(BigInteger.TWO.pow(100).negate(), "_d"))
                .isEqualTo("-1_267_650_600_228_229_401_496_703_205_376");
        assertThat(Template.formatValue(BigInteger.TWO.pow(100), "e")).isEqualTo("1.267651e+30");
        assertThatThrownBy(() -> Template.formatValue(BigInteger.TEN.pow(400), "e"))
                .hasMessage("OverflowError: int too large to convert to float");
    }

    @Test
    void floatsWidenExactly() {
        // Python sees the double nearest to the float: 0.1f is 0.100000001490116...
        assertThat(Template.formatValue(0.1f, "")).isEqualTo("0.10000000149011612");
        assertThat(Template.formatValue(0.5f, ".1f")).isEqualTo("0.5");
        assertThat(Template.formatValue(Float.NEGATIVE_INFINITY, "")).isEqualTo("-inf");
        assertThat(Template.formatValue(Double.MIN_VALUE, "")).isEqualTo("5e-324");
        assertThat(Template.formatValue(Double.MIN_NORMAL, ".3e")).isEqualTo("2.225e-308");
        assertThat(Template.formatValue(-0.0, "z.1f")).isEqualTo("0.0");
        assertThat(Template.formatValue(-0.0, ".1f")).isEqualTo("-0.0");
    }

    @Test
    void charactersAndCharSequencesAreStr() {
        assertThat(Template.formatValue('x', "^5")).isEqualTo("  x  ");
        assertThat(Template.formatValue(new StringBuilder("sb"), ">4")).isEqualTo("  sb");
        // width and precision count code points, not UTF-16 units
        assertThat(Template.formatValue("😀ab", "x^6")).isEqualTo("x😀abxx");
        assertThat(Template.formatValue("😀ab", ".2")).isEqualTo("😀a");
    }

    @Test
    void booleansAreIntsExceptWithAnEmptySpec() {
        assertThat(Template.compile("{} {:d} {:>5} {!s:>5} {:.1f}").format(true, true, false, true, true))
                .isEqualTo("True 1     0  True 1.0");
        assertThatThrownBy(() -> Template.formatValue(true, "s"))
                .hasMessage("ValueError: Unknown format code 's' for object of type 'bool'");
    }

    @Test
    void bigDecimalIsDecimal() {
        assertThat(Template.compile("{:,.2f} {!r} {:.3e} {:.1%} {}").format(new java.math.BigDecimal("1234567.125"),
                new java.math.BigDecimal("1.50"), new java.math.BigDecimal("0.000123456"),
                new java.math.BigDecimal("0.1666"), new java.math.BigDecimal("1E+3")))
                .isEqualTo("1,234,567.12 Decimal('1.50') 1.235e-4 16.7% 1E+3");
        assertThatThrownBy(() -> Template.formatValue(new java.math.BigDecimal("1.5"), "#x"))
                .hasMessage("ValueError: invalid format string");
    }

    @Test
    void nullIsNone() {
        assertThat(Template.compile("{} {!r:>6}").format((Object) null, (Object) null)).isEqualTo("None   None");
        assertThatThrownBy(() -> Template.formatValue(null, ">5"))
                .hasMessage("TypeError: unsupported format string passed to NoneType.__format__");
    }

    @Test
    void collectionsPrintAsPythonReprs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of("x", 2.5));
        assertThat(Template.compile("{} {} {} {}").format(m, new int[] {1, 2}, Set.of(), new TreeSet<>(Set.of(3, 1))))
                .isEqualTo("{'a': 1, 'b': ['x', 2.5]} [1, 2] set() {1, 3}");
        assertThatThrownBy(() -> Template.formatValue(List.of(1), ">5"))
                .hasMessage("TypeError: unsupported format string passed to list.__format__");
    }

    @Test
    void fieldAccessReadsMapsRecordsGettersListsAndArrays() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("p", new Point(3, 0.25));
        named.put("bean", new Bean());
        named.put("cfg", Map.of("lr", 0.001, "layers", List.of(64, 32)));
        named.put("arr", new String[] {"zero", "one"});
        named.put("byInt", Map.of(7, "seven"));
        assertThat(Template.compile("{p.x}/{p.y:.2f} {bean.name} {bean.ok} {bean.count} {cfg.lr:e} "
                + "{cfg[layers][1]} {arr[1]} {byInt[7]} {arr[0][1]}").format(named))
                .isEqualTo("3/0.25 bean True 3 1.000000e-03 32 one seven e");
        assertThatThrownBy(() -> Template.compile("{p.z}").format(named))
                .hasMessageStartingWith("AttributeError: 'Point' object has no attribute 'z' in field {p.z}");
        assertThatThrownBy(() -> Template.compile("{arr[2]}").format(named))
                .hasMessageStartingWith("IndexError: list index out of range in field {arr[2]}");
    }

    @Test
    void positionalArrayArgumentIsOneValue() {
        assertThat(Template.compile("{0[1]}").format((Object) new int[] {4, 5})).isEqualTo("5");
        assertThat(Template.compile("{0} {1}").format(Arrays.asList("a", null).toArray())).isEqualTo("a None");
    }
}
