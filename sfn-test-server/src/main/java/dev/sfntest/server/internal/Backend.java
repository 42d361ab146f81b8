package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Everything the server holds: the clock, state machines, executions, activities and tags. */
final class Backend implements AutoCloseable {
    final ServerOptions options;
    final ServerClock clock;
    /** The account and region of every ARN. */
    final Arns arns;
    final StateMachines machines;
    final Executions executions;
    final Activities activities;
    final Tags tags;
    final Aliases aliases;
    final MapRunActions mapRuns;
    /** Where unmocked Lambda tasks go, or {@code null}. */
    final LambdaEndpoint lambda;
    private final ExecutorService drivers;
    private final ScheduledExecutorService timer;
    private long names;

    Backend(ServerOptions options) {
        this.options = options;
        this.clock = new ServerClock(options.start());
        this.arns = new Arns(options.region(), options.account());
        this.machines = new StateMachines(clock, arns);
        this.drivers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemons("sfn-test-driver"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemons("sfn-test-timer"));
        Activities[] holder = new Activities[1];
        this.executions = new Executions(arns, drivers, options.settleTime(), options.retainedExecutions(),
                () -> holder[0].poke());
        this.activities = new Activities(arns, clock, timer, executions::running, options.activityPollTime());
        holder[0] = activities;
        this.aliases = new Aliases(clock, machines);
        this.lambda = options.lambdaEndpoint() == null ? null : new LambdaEndpoint(options.lambdaEndpoint());
        this.mapRuns = new MapRunActions(this);
        this.tags = new Tags(arn -> machines.exists(arn) || activities.exists(arn));
    }

    /** A new execution name: a UUID drawn from a counter, the same on every run of a test. */
    synchronized String nextExecutionName() {
        return java.util.UUID.nameUUIDFromBytes(("sfn-test-execution-" + ++names).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** {@code {"now": ISO instant, "epochSeconds": number}}. */
    ObjectNode clockJson() {
        ObjectNode node = Json.emptyObject();
        node.put("now", clock.now().toString());
        Wire.timestamp(node, "epochSeconds", clock.now());
        return node;
    }

    /** Moves the virtual clock and every running execution's clock by {@code duration}. */
    ObjectNode advance(Duration duration) {
        synchronized (clock) {
            clock.advance(duration);
            executions.advance(duration);
        }
        return clockJson();
    }

    @Override
    public void close() {
        activities.releaseAll();
        timer.shutdownNow();
        drivers.shutdownNow();
        try {
            drivers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The running executions, for the activity pollers. */
    List<ServerExecution> running() {
        return executions.running();
    }
}
