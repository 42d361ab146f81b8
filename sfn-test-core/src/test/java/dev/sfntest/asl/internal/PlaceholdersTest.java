package dev.sfntest.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "${Name}", "arn:${Partition}:lambda", "${}", "${", "$Name}", "${}}", "${}x}",
        "$${A}", "${${A}", "${A", "x}${", "${}${B}", "{${a}}", "$ {A}", "${\u00e9}"})
    void findsWhatThePatternFinds(String text) {
        assertThat(Placeholders.contains(text)).isEqualTo(Placeholders.pattern().matcher(text).find());
    }

    @Test
    void findsWhatThePatternFindsInSeededRandomTexts() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "${}a";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Placeholders.contains(text.toString())).as(text.toString())
                    .isEqualTo(Placeholders.pattern().matcher(text).find());
        }
    }
}
