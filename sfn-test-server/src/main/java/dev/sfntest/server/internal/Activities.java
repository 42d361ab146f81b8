package dev.sfntest.server.internal;

import dev.sfntest.engine.ActivityTask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Activities and GetActivityTask's long polls: a poll is answered at once when a task waits, or
 * parked (no thread waits for it) until an execution schedules one or the poll time ends.
 */
final class Activities {
    private final ServerClock clock;
    private final ScheduledExecutorService timer;
    private final Supplier<List<ServerExecution>> running;
    private final Duration pollTime;
    private final Map<String, Activity> byArn = new LinkedHashMap<>();
    private final List<Poll> polls = new LinkedList<>();

    /** An activity. */
    record Activity(String arn, String name, Instant creationDate) {
    }

    private static final class Poll {
        final String activityArn;
        final String workerName;
        final Consumer<Optional<ActivityTask>> reply;
        boolean done;

        Poll(String activityArn, String workerName, Consumer<Optional<ActivityTask>> reply) {
            this.activityArn = activityArn;
            this.workerName = workerName;
            this.reply = reply;
        }
    }

    private final Arns arns;

    Activities(Arns arns, ServerClock clock, ScheduledExecutorService timer, Supplier<List<ServerExecution>> running,
            Duration pollTime) {
        this.arns = arns;
        this.clock = clock;
        this.timer = timer;
        this.running = running;
        this.pollTime = pollTime;
    }

    /** CreateActivity: idempotent by name. */
    Activity create(String name) {
        String arn = arns.activity(name);
        Activity activity = new Activity(arn, name, clock.now()); // the clock first: an advance may hold it
        synchronized (this) {
            return byArn.computeIfAbsent(arn, key -> activity);
        }
    }

    /** @throws ApiException {@code ActivityDoesNotExist}, {@code InvalidArn} */
    synchronized Activity describe(String arn) {
        Arns.parse(arn, "activity");
        Activity activity = byArn.get(arn);
        if (activity == null) {
            throw ApiException.activityDoesNotExist(arn);
        }
        return activity;
    }

    synchronized boolean exists(String arn) {
        return byArn.containsKey(arn);
    }

    synchronized List<Activity> list() {
        return new ArrayList<>(byArn.values());
    }

    /** DeleteActivity; deleting nothing succeeds. */
    synchronized void delete(String arn) {
        Arns.parse(arn, "activity");
        byArn.remove(arn);
    }

    /**
     * GetActivityTask: {@code reply} gets the task, or nothing when none comes within the poll time;
     * it may be called on another thread after this method returned.
     */
    void poll(String activityArn, String workerName, Consumer<Optional<ActivityTask>> reply) {
        describe(activityArn);
        Poll poll = new Poll(activityArn, workerName, reply);
        synchronized (this) {
            polls.add(poll);
        }
        timer.schedule(() -> expire(poll), pollTime.toMillis(), TimeUnit.MILLISECONDS);
        poke();
    }

    private void expire(Poll poll) {
        synchronized (this) {
            if (poll.done) {
                return;
            }
            poll.done = true;
            polls.remove(poll);
        }
        poll.reply.accept(Optional.empty());
    }

    /** Hands waiting tasks to waiting polls, oldest poll and oldest execution first. */
    void poke() {
        List<Runnable> replies = new ArrayList<>();
        synchronized (this) {
            if (polls.isEmpty()) {
                return;
            }
            List<ServerExecution> executions = running.get();
            for (Iterator<Poll> it = polls.iterator(); it.hasNext(); ) {
                Poll poll = it.next();
                for (ServerExecution execution : executions) {
                    Optional<ActivityTask> task = execution.claim(poll.activityArn, poll.workerName);
                    if (task.isPresent()) {
                        poll.done = true;
                        it.remove();
                        replies.add(() -> poll.reply.accept(task));
                        break;
                    }
                }
            }
        }
        replies.forEach(Runnable::run);
    }

    /** Answers every parked poll with nothing (at shutdown). */
    void releaseAll() {
        List<Poll> parked;
        synchronized (this) {
            parked = new ArrayList<>(polls);
            polls.clear();
            parked.forEach(poll -> poll.done = true);
        }
        parked.forEach(poll -> poll.reply.accept(Optional.empty()));
    }
}
