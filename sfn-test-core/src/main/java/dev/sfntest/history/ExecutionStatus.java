package dev.sfntest.history;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How an execution ended, as AWS reports it. */
@API(status = STABLE)
public enum ExecutionStatus {
    /** Reached a Succeed state or an End. */
    SUCCEEDED,
    /** An error was not caught, or a Fail state ran. */
    FAILED,
    /** The execution's TimeoutSeconds (or the virtual-duration cap) passed. */
    TIMED_OUT,
    /** Stopped from outside. */
    ABORTED
}
