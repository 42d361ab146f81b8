package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.PendingTask;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.TaskTokenException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The executions: started, driven on driver threads (each under its own lock), found by ARN or
 * task token, and forgotten oldest-finished-first beyond the retention limit.
 */
final class Executions {
    private final ExecutorService drivers;
    private final Duration settle;
    private final int retention;
    private final Runnable afterDrive;
    private final Map<String, ServerExecution> byArn = new LinkedHashMap<>();
    private final Map<String, ServerExecution> byToken = new ConcurrentHashMap<>();
    private final Map<ServerExecution, List<String>> tokensOf = new ConcurrentHashMap<>();
    private final Deque<ServerExecution> finished = new ArrayDeque<>();
    private long started;

    private final Arns arns;

    /**
     * @param settle how long a request that starts or moves an execution waits for it to settle
     * @param retention how many ended executions are kept
     * @param afterDrive told after every drive (activity pollers look again)
     */
    Executions(Arns arns, ExecutorService drivers, Duration settle, int retention, Runnable afterDrive) {
        this.arns = arns;
        this.drivers = drivers;
        this.settle = settle;
        this.retention = retention;
        this.afterDrive = afterDrive;
    }

    /**
     * StartExecution: registers the execution and runs it on a driver thread until it ends or
     * waits for outside input (at most the settle time).
     *
     * @throws ApiException {@code ExecutionAlreadyExists}
     */
    ServerExecution start(Engine.Builder engine, MachineVersion machine, String versionArn, String aliasArn, String name,
            JsonNode input, Instant startDate, Supplier<MockReport> mockReport) {
        ServerExecution execution;
        synchronized (this) {
            String arn = machine.type() == StateMachineType.EXPRESS
                    ? arns.expressExecution(machine.name(), name, started + 1) : arns.execution(machine.name(), name);
            ServerExecution existing = byArn.get(arn);
            if (existing != null) {
                if (existing.snapshot().result() == null && existing.input().equals(input)) {
                    return existing; // AWS: idempotent for a running execution with the same name and input
                }
                throw ApiException.service("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
            }
            Engine built = engine.seed(seedOf(arn)).stateMachineName(machine.name()).executionName(name)
                    .executionArn(arn).startInstant(startDate).build();
            execution = new ServerExecution(() -> built.start(machine.machine(), input), arn, name, machine, versionArn,
                    aliasArn, input, startDate, ++started, mockReport);
            byArn.put(arn, execution);
        }
        drive(execution, null);
        return execution;
    }

    /**
     * Runs {@code action} on the execution and drives it, waiting at most the settle time.
     *
     * @throws TaskTokenException when the action refuses a task token
     */
    void drive(ServerExecution execution, Consumer<Execution> action) {
        await(drivers.submit(() -> settled(execution, execution.drive(action))));
    }

    /**
     * RedriveExecution at {@code instant} (or the execution's own later instant), driven as a start is.
     *
     * @throws ApiException {@code ExecutionNotRedrivable}
     */
    void redrive(ServerExecution execution, Instant instant) {
        await(drivers.submit(() -> {
            List<PendingTask> pending = execution.redrive(instant);
            synchronized (this) {
                finished.remove(execution); // running again: retired anew when it ends
            }
            return settled(execution, pending);
        }));
    }

    /** Moves every running execution's clock by {@code duration}. */
    void advance(Duration duration) {
        List<Future<?>> moves = new ArrayList<>();
        for (ServerExecution execution : running()) {
            moves.add(drivers.submit(() -> settled(execution, execution.advance(duration))));
        }
        moves.forEach(this::await);
    }

    private Void settled(ServerExecution execution, List<PendingTask> pending) {
        List<String> tokens = tokensOf.computeIfAbsent(execution, key -> new ArrayList<>());
        synchronized (tokens) {
            for (PendingTask task : pending) {
                if (byToken.putIfAbsent(task.token(), execution) == null) {
                    tokens.add(task.token());
                }
            }
        }
        if (execution.snapshot().result() != null) {
            retire(execution);
        }
        afterDrive.run();
        return null;
    }

    private synchronized void retire(ServerExecution execution) {
        if (finished.contains(execution) || !byArn.containsKey(execution.arn())) {
            return;
        }
        finished.addLast(execution);
        while (finished.size() > retention) {
            ServerExecution oldest = finished.removeFirst();
            byArn.remove(oldest.arn());
            List<String> tokens = tokensOf.remove(oldest);
            if (tokens != null) {
                tokens.forEach(byToken::remove);
            }
        }
    }

    private void await(Future<?> future) {
        try {
            future.get(settle.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still running: it goes on in the background, as AWS's executions do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The execution of a task token.
     *
     * @throws TaskTokenException {@code InvalidToken} when no execution of this server has it
     */
    ServerExecution byToken(String token) {
        ServerExecution execution = byToken.get(token);
        if (execution == null) {
            throw new TaskTokenException("InvalidToken", "Invalid token");
        }
        return execution;
    }

    /**
     * A STANDARD execution: AWS describes no EXPRESS one (its ARN's type {@code express} is not
     * valid there).
     *
     * @throws ApiException {@code ExecutionDoesNotExist}, {@code InvalidArn}
     */
    ServerExecution get(String arn) {
        Arns.parse(arn, "execution");
        return getAny(arn);
    }

    /** @throws ApiException {@code ExecutionDoesNotExist}, {@code InvalidArn} */
    synchronized ServerExecution getAny(String arn) {
        Arns.parse(arn, "execution", "express");
        ServerExecution execution = byArn.get(arn);
        if (execution == null) {
            throw ApiException.executionDoesNotExist(arn);
        }
        return execution;
    }

    /** Executions newest first. */
    synchronized List<ServerExecution> all() {
        List<ServerExecution> all = new ArrayList<>(byArn.values());
        all.sort(Comparator.comparingLong(ServerExecution::sequence).reversed());
        return all;
    }

    /** Executions still running, oldest first. */
    synchronized List<ServerExecution> running() {
        List<ServerExecution> running = new ArrayList<>();
        for (ServerExecution execution : byArn.values()) {
            if (execution.snapshot().result() == null) {
                running.add(execution);
            }
        }
        return running;
    }

    /** A seed of its own for each execution (task tokens and UUIDs must not repeat across executions). */
    private static long seedOf(String arn) {
        long hash = 1125899906842597L;
        for (byte b : arn.getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + b;
        }
        return hash;
    }
}
