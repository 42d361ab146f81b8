package dev.sfntest.asl;

/**
 * One state of a state machine: a sealed family with one record per ASL state type.
 *
 * <pre>{@code
 * switch (state) {
 *     case PassState pass -> ...;
 *     case TaskState task -> ...;
 *     ...
 * }
 * }</pre>
 */
public sealed interface State
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    /** The fields all states share. */
    StateCommon common();

    /** The state's name. */
    default String name() {
        return common().name();
    }

    /** The ASL {@code Type}, as written: {@code Pass}, {@code Task}, ... */
    String type();
}
