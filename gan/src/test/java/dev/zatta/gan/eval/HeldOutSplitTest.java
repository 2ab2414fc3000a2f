package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.gan.data.MnistData;
import org.junit.jupiter.api.Test;

class HeldOutSplitTest {
    @Test
    void stratifiedTwentyPercentOfTheEmbeddedDigits() {
        HeldOutSplit split = HeldOutSplit.stratified(MnistData.embedded(), 0.2, 7);
        assertThat(split.train().size()).isEqualTo(8000);
        assertThat(split.heldOut().size()).isEqualTo(2000);
        // round(0.2 · count) per digit: 1001 → 200, 1127 → 225, 991 → 198, 1032 → 206, 980 → 196, 863 → 173,
        // 1014 → 203, 1070 → 214, 944 → 189, 978 → 196
        assertThat(split.heldOut().countsByLabel()).containsExactly(200, 225, 198, 206, 196, 173, 203, 214, 189, 196);
        int[] all = MnistData.embedded().countsByLabel();
        int[] train = split.train().countsByLabel();
        int[] held = split.heldOut().countsByLabel();
        for (int d = 0; d < 10; d++) {
            assertThat(train[d] + held[d]).isEqualTo(all[d]);
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        MnistData data = MnistData.embedded();
        HeldOutSplit a = HeldOutSplit.stratified(data, 0.2, 7);
        HeldOutSplit b = HeldOutSplit.stratified(data, 0.2, 7);
        HeldOutSplit c = HeldOutSplit.stratified(data, 0.2, 8);
        boolean anyDifferent = false;
        for (int i = 0; i < a.heldOut().size(); i++) {
            assertThat(b.heldOut().image(i)).containsExactly(a.heldOut().image(i));
            anyDifferent |= !java.util.Arrays.equals(a.heldOut().image(i), c.heldOut().image(i));
        }
        assertThat(anyDifferent).isTrue();
    }

    @Test
    void badFraction() {
        assertThatThrownBy(() -> HeldOutSplit.stratified(MnistData.embedded(), 1.0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("heldOutFraction: expected a value in (0, 1), got 1.0");
    }
}
