package dev.sfntest.engine.internal;

import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.TaskTokenException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running tasks that outside code completes: callback tasks by task token, and activity tasks
 * waiting for a worker to pick them up.
 */
final class Callbacks {
    private final Map<String, TaskAttempt> active = new LinkedHashMap<>();
    private final Set<String> ended = new HashSet<>();
    private final Map<String, Deque<TaskAttempt>> unclaimedActivities = new LinkedHashMap<>();

    void register(String token, TaskAttempt attempt) {
        active.put(token, attempt);
    }

    /** Whether the token belongs to a task of these executions, running or ended. */
    boolean knows(String token) {
        return active.containsKey(token) || ended.contains(token);
    }

    /** The token's task timed out: its token no longer works. */
    void expire(String token) {
        active.remove(token);
        ended.add(token);
    }

    /** An activity task waits for a worker. */
    void awaitWorker(TaskAttempt attempt) {
        unclaimedActivities.computeIfAbsent(attempt.resource.resource(), arn -> new ArrayDeque<>()).add(attempt);
    }

    /** The oldest activity task of {@code activityArn} still running, or {@code null}. */
    TaskAttempt claimActivity(String activityArn) {
        Deque<TaskAttempt> waiting = unclaimedActivities.getOrDefault(activityArn, new ArrayDeque<>());
        while (!waiting.isEmpty()) {
            TaskAttempt attempt = waiting.poll();
            if (attempt.isActive()) {
                return attempt;
            }
        }
        return null;
    }

    /** Completes the task of {@code token}, as SendTaskSuccess or SendTaskFailure does. */
    void complete(String token, TaskOutcome outcome, Agenda agenda) {
        TaskAttempt attempt = lookUp(token);
        active.remove(token);
        ended.add(token);
        agenda.schedule(agenda.now(), () -> attempt.finish(outcome));
    }

    /** A heartbeat for the task of {@code token}, as SendTaskHeartbeat does. */
    void heartbeat(String token) {
        lookUp(token).beat();
    }

    private TaskAttempt lookUp(String token) {
        TaskAttempt attempt = active.get(token);
        if (attempt != null && attempt.isActive()) {
            return attempt;
        }
        if (attempt != null || ended.contains(token)) {
            throw new TaskTokenException("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
        }
        throw new TaskTokenException("InvalidToken", "Invalid token");
    }

    /** The tasks waiting for outside input: tokens not yet completed and activities not picked up. */
    List<TaskAttempt> waiting() {
        List<TaskAttempt> waiting = new ArrayList<>();
        for (TaskAttempt attempt : active.values()) {
            if (attempt.isActive()) {
                waiting.add(attempt);
            }
        }
        for (Deque<TaskAttempt> attempts : unclaimedActivities.values()) {
            for (TaskAttempt attempt : attempts) {
                if (attempt.isActive() && !waiting.contains(attempt)) {
                    waiting.add(attempt);
                }
            }
        }
        return waiting;
    }
}
