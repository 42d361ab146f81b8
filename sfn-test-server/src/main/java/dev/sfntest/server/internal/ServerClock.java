package dev.sfntest.server.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The server's virtual clock: new executions start at its instant, and resources are dated by it.
 * It moves only when a client asks ({@code POST /_sfntest/clock/advance}); each execution then
 * moves its own clock by the same amount.
 */
final class ServerClock {
    private Instant now;

    ServerClock(Instant start) {
        this.now = start;
    }

    synchronized Instant now() {
        return now;
    }

    synchronized Instant advance(Duration duration) {
        now = now.plus(duration);
        return now;
    }
}
