package dev.sfntest.property.internal;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.Retrier;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskErrors;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How {@code ErrorEquals} matches error names, and the errors worth injecting into a Task. */
public final class ErrorMatching {
    /** The injected error no Retry or Catch names. */
    public static final String UNHANDLED = "Injected.UnhandledError";

    /** Names Retry and Catch may list that no Task raises (or that no catcher may catch). */
    private static final Set<String> NOT_FROM_A_TASK = Set.of(ErrorNames.ALL, ErrorNames.RUNTIME,
            ErrorNames.BRANCH_FAILED, ErrorNames.NO_CHOICE_MATCHED, ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
            ErrorNames.ITEM_READER_FAILED, ErrorNames.RESULT_WRITER_FAILED);

    private ErrorMatching() {
    }

    /** Whether {@code errorEquals} matches {@code error}, as Step Functions matches it. */
    public static boolean matches(List<String> errorEquals, String error) {
        return ErrorHandling.matches(errorEquals, error);
    }

    /** The index of the first retrier matching {@code error}, or -1. */
    public static int retrier(ErrorHandling handling, String error) {
        return retrier(handling, error, false);
    }

    /** The index of the first retrier matching {@code error} (a {@code heartbeatTimeout} or not), or -1. */
    public static int retrier(ErrorHandling handling, String error, boolean heartbeatTimeout) {
        List<Retrier> retry = handling.retry();
        for (int i = 0; i < retry.size(); i++) {
            if (ErrorHandling.matches(retry.get(i).errorEquals(), error, heartbeatTimeout)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first catcher matching {@code error}, or -1. */
    public static int catcher(ErrorHandling handling, String error) {
        return catcher(handling, error, false);
    }

    /** The index of the first catcher matching {@code error} (a {@code heartbeatTimeout} or not), or -1. */
    public static int catcher(ErrorHandling handling, String error, boolean heartbeatTimeout) {
        List<Catcher> catchers = handling.catchers();
        for (int i = 0; i < catchers.size(); i++) {
            if (ErrorHandling.matches(catchers.get(i).errorEquals(), error, heartbeatTimeout)) {
                return i;
            }
        }
        return -1;
    }

    /** How many of the errors an operation's API model declares are injected besides the handled ones. */
    static final int MODELLED_ERRORS = 2;

    /**
     * The errors to inject into {@code task}, only those that can happen to it: the names its Retry
     * and Catch mention (but {@code States.ALL} and the names only other states raise),
     * {@code States.Timeout} when it has a TimeoutSeconds, {@code States.HeartbeatTimeout} (a
     * silent task) when it has a HeartbeatSeconds, and {@link #UNHANDLED}. Without TimeoutSeconds
     * AWS's default (99999999 s) outlasts any execution, so no timeout can fire.
     */
    public static List<String> injectable(TaskState task) {
        return injectable(task, false);
    }

    /**
     * As {@link #injectable(TaskState)}; with {@code modelled}, also the first
     * {@value #MODELLED_ERRORS} other errors the task's operation declares in its API model, named
     * as AWS raises them (before the timeouts).
     */
    public static List<String> injectable(TaskState task, boolean modelled) {
        Set<String> names = new LinkedHashSet<>();
        task.handling().retry().forEach(retrier -> names.addAll(retrier.errorEquals()));
        task.handling().catchers().forEach(catcher -> names.addAll(catcher.errorEquals()));
        names.removeAll(NOT_FROM_A_TASK);
        names.remove(ErrorNames.TIMEOUT);
        names.remove(ErrorNames.HEARTBEAT_TIMEOUT);
        if (modelled) {
            TaskResource resource = TaskResources.resolve(task.resource()).resource();
            TaskErrors.raisable(resource, ServiceModels.standard()).stream()
                    .filter(name -> name.startsWith(resource.errorPrefix() + ".") && !names.contains(name))
                    .limit(MODELLED_ERRORS)
                    .forEach(names::add);
        }
        if (TaskTimeouts.hasTimeout(task)) {
            names.add(ErrorNames.TIMEOUT);
        }
        if (TaskTimeouts.hasHeartbeat(task)) {
            names.add(ErrorNames.HEARTBEAT_TIMEOUT);
        }
        names.add(UNHANDLED);
        return new ArrayList<>(names);
    }
}
