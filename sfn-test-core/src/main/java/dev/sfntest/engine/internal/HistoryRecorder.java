package dev.sfntest.engine.internal;

import dev.sfntest.data.ErrorNames;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.time.Instant;
import java.util.List;

/** Appends history events with sequential ids and virtual timestamps; enforces the event cap. */
final class HistoryRecorder {
    /** AWS's cap on a STANDARD execution's history. */
    static final int STANDARD_EVENT_LIMIT = 25_000;

    private final EventLog events = new EventLog();
    private final Agenda agenda;
    private final int limit;
    private long cachedMillis = Long.MIN_VALUE;
    private Instant cachedInstant;

    HistoryRecorder(Agenda agenda, int limit) {
        this.agenda = agenda;
        this.limit = limit;
    }

    /** Records an event after {@code previousEventId}; returns the new event's id. */
    long add(HistoryEventType type, long previousEventId, EventDetails details) {
        if (events.size() >= limit - 1) {
            // AWS's own cause; the closing ExecutionFailed event is the limit-th event
            throw new ExecutionTermination(ErrorNames.RUNTIME, "The execution reached the maximum number of history"
                    + " events (" + limit + ").");
        }
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, previousEventId, instant(), type, details));
        return id;
    }

    /** Records a closing event (ExecutionSucceeded/Failed/...), which the cap never refuses. */
    long close(HistoryEventType type, long previousEventId, EventDetails details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, previousEventId, instant(), type, details));
        return id;
    }

    Instant instant() {
        long now = agenda.now();
        if (now != cachedMillis) {
            cachedMillis = now;
            cachedInstant = Instant.ofEpochMilli(now);
        }
        return cachedInstant;
    }

    List<HistoryEvent> events() {
        return events;
    }

    int size() {
        return events.size();
    }
}
