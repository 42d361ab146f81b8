package dev.sfntest.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {
    @Test
    void holdsEveryEventInOrderAcrossChunks() {
        EventLog log = new EventLog();
        List<HistoryEvent> expected = new ArrayList<>();
        for (int i = 1; i <= 3 * 4096 * 5 + 17; i++) {
            HistoryEvent event = new HistoryEvent(i, i - 1, Instant.EPOCH, HistoryEventType.PassStateEntered,
                    new EventDetails.None());
            log.add(event);
            expected.add(event);
        }

        assertThat(log).hasSize(expected.size()).containsExactlyElementsOf(expected);
        assertThat(log.get(4096)).isSameAs(expected.get(4096));
        assertThat(log.toArray(new HistoryEvent[0])).containsExactlyElementsOf(expected);
        assertThat(log.toArray()).hasSize(expected.size());
        assertThatThrownBy(() -> log.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aShortLogKeepsEveryEventWhileItsFirstChunkGrows() {
        EventLog log = new EventLog();
        List<HistoryEvent> expected = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            HistoryEvent event = new HistoryEvent(i, i - 1, Instant.EPOCH, HistoryEventType.PassStateEntered,
                    new EventDetails.None());
            log.add(event);
            expected.add(event);
            assertThat(log).containsExactlyElementsOf(expected);
        }

        assertThat(log.toArray(new HistoryEvent[0])).containsExactlyElementsOf(expected);
    }

    @Test
    void anEmptyLogIsEmpty() {
        EventLog log = new EventLog();

        assertThat(log).isEmpty();
        assertThat(log.toArray(new HistoryEvent[0])).isEmpty();
    }
}
