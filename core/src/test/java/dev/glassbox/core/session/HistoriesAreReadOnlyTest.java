package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** What a session hands out about its past can be read, never changed, by its readers. */
class HistoriesAreReadOnlyTest {

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    @Test
    void theLossHistoryOffersOnlyReadsAndAFactory() {
        assertThat(publicMethods(LossHistory.class))
                .containsExactlyInAnyOrder("of", "size", "stride", "get", "last", "footprintBytes", "decimate");
        assertThat(Arrays.stream(LossHistory.class.getDeclaredConstructors()).noneMatch(c -> Modifier.isPublic(c.getModifiers())))
                .isTrue();
    }

    @Test
    void theSampleLossHistoryOffersOnlyReadsAndAFactory() {
        assertThat(publicMethods(SampleLossHistory.class))
                .containsExactlyInAnyOrder("of", "sampleCount", "size", "endEpoch", "get", "epochs");
        assertThat(Arrays.stream(SampleLossHistory.class.getDeclaredConstructors())
                .noneMatch(c -> Modifier.isPublic(c.getModifiers()))).isTrue();
    }

    @Test
    void aHistoryOfGivenLossesHoldsThemInOrder() {
        LossHistory h = LossHistory.of(0.5, 0.25, 0.125);
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.get(0)).isEqualTo(0.5);
        assertThat(h.last()).isEqualTo(0.125);
        SampleLossHistory s = SampleLossHistory.of(2, new double[] {1, 2}, new double[] {3, 4});
        assertThat(s.epochs()).isEqualTo(2);
        assertThat(s.get(1, 1)).isEqualTo(4);
    }

    @Test
    void anEpochWithTooFewLossesIsRefusedSayingHowMany() {
        assertThatThrownBy(() -> SampleLossHistory.of(3, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an epoch has 2 losses for 3 samples");
    }
}
