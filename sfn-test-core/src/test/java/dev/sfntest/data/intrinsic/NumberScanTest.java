package dev.sfntest.data.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The intrinsic parser's number scan ends where the regular expression it stands for ends. */
class NumberScanTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    @Test
    void endsWhereTheRegularExpressionEnds() {
        SplittableRandom random = new SplittableRandom(9);
        String alphabet = "-0123.eE+x";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = text.length() == 0 ? 0 : random.nextInt(text.length());
            Matcher matcher = NUMBER.matcher(text).region(from, text.length());
            int expected = matcher.lookingAt() ? matcher.end() : -1;

            assertThat(IntrinsicParser.numberEnd(text.toString(), from)).as(text + " from " + from).isEqualTo(expected);
        }
    }
}
