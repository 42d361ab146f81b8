package dev.sfntest.history;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One event of an execution history, as GetExecutionHistory reports it.
 *
 * <pre>{@code
 * for (HistoryEvent event : result.history()) {
 *     System.out.println(event.id() + " " + event.type() + " at " + event.timestamp());
 * }
 * }</pre>
 *
 * @param id 1-based, sequential
 * @param previousEventId the event this one follows (0 for the first)
 * @param timestamp the virtual instant it happened
 * @param type AWS's event type
 * @param details the type's details
 */
@API(status = STABLE)
public record HistoryEvent(long id, long previousEventId, Instant timestamp, HistoryEventType type,
        EventDetails details) {
}
