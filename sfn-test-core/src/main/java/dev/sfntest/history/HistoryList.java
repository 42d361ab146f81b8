package dev.sfntest.history;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The unmodifiable list of an {@link ExecutionResult}'s events: one copy of the recorder's list
 * (where {@link List#copyOf} makes two), no null elements, every mutator throws
 * {@link UnsupportedOperationException}. A history of {@code loop-100k} has 400,004 events.
 */
final class HistoryList extends AbstractList<HistoryEvent> implements RandomAccess {
    private final HistoryEvent[] events;

    private HistoryList(HistoryEvent[] events) {
        this.events = events;
    }

    /** An unmodifiable copy; the list itself when it already is one. */
    static List<HistoryEvent> copyOf(List<HistoryEvent> history) {
        if (history instanceof HistoryList) {
            return history;
        }
        HistoryEvent[] copy = history.toArray(new HistoryEvent[0]);
        for (HistoryEvent event : copy) {
            Objects.requireNonNull(event, "a history event is null");
        }
        return new HistoryList(copy);
    }

    @Override
    public HistoryEvent get(int index) {
        return events[index];
    }

    @Override
    public int size() {
        return events.length;
    }
}
