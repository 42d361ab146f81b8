package dev.sfntest.engine;

/** The workflow type: it decides the history cap. */
public enum StateMachineType {
    /** At most 25,000 history events, as AWS enforces. */
    STANDARD,
    /** No history cap. */
    EXPRESS
}
