package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One state of a state machine: a sealed family with one record per ASL state type.
 *
 * <pre>{@code
 * if (state instanceof TaskState task) {
 *     System.out.println(task.name() + " calls " + task.resource());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL)
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

    /** The result handling, retriers and catchers of a Task, Parallel or Map state; {@code null} for the others. */
    default ErrorHandling handling() {
        return null;
    }
}
