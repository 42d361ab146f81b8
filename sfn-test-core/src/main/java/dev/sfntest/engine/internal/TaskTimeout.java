package dev.sfntest.engine.internal;

import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;

/**
 * A Task attempt that ran past its TimeoutSeconds or sent no heartbeat within its
 * HeartbeatSeconds. AWS reports both as {@code States.Timeout} without a cause; a heartbeat
 * timeout is also matched by {@code States.HeartbeatTimeout} in Retry and Catch.
 */
final class TaskTimeout extends StatesException {
    private final boolean heartbeat;

    /** @param heartbeat whether HeartbeatSeconds (not TimeoutSeconds) passed */
    TaskTimeout(boolean heartbeat) {
        super(ErrorNames.TIMEOUT, null);
        this.heartbeat = heartbeat;
    }

    /** Whether {@code error} is a heartbeat timeout. */
    static boolean isHeartbeat(StatesException error) {
        return error instanceof TaskTimeout timeout && timeout.heartbeat;
    }
}
