package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The workflow type: it decides the history cap. */
@API(status = STABLE)
public enum StateMachineType {
    /** At most 25,000 history events, as AWS enforces. */
    STANDARD,
    /** No history cap. */
    EXPRESS
}
