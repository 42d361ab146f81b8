package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.internal.ExecutionRun;
import dev.sfntest.engine.internal.RunSettings;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.internal.JsonText;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runs state machines on a virtual clock, deterministically: the same machine, input, handlers
 * and seed give the same result and history, byte for byte. A one-year Wait costs microseconds.
 *
 * <pre>{@code
 * StateMachine machine = Definitions.load(Path.of("order.asl.json"));
 * Engine engine = Engine.builder()
 *         .taskHandler(MockedResponses.parse(mocksJson))
 *         .startInstant(Instant.parse("2025-01-01T00:00:00Z"))
 *         .build();
 * ExecutionResult result = engine.execute(machine, Json.parse("{\"orderId\": 42}"));
 * }</pre>
 *
 * <p>An engine is immutable and may be shared; each {@link #execute} call is an independent
 * execution with its own clock, unless the engine was built with a shared {@link VirtualClock}:
 * then its executions start at the clock's instant, share its time, and an execution run to its
 * end moves the clock (and every execution still running on it) to its stop date.
 */
@API(status = STABLE)
public final class Engine {
    /** The default virtual start instant of every execution. */
    public static final Instant DEFAULT_START = RunSettings.DEFAULT_START; // 2025-01-01T00:00:00Z
    /** The error of an execution a set-up mistake stopped: see {@link #execute(StateMachine, JsonNode, Consumer)}. */
    public static final String RUN_STOPPED = "sfn-test.RunStopped";
    /** The AWS account executions run in: it appears in their ARNs and role. */
    public static final String ACCOUNT = RunSettings.ACCOUNT;
    /** The AWS region executions run in: it appears in their ARNs and in {@code TaskScheduled}. */
    public static final String REGION = RunSettings.REGION;

    /** Every setting; its start instant is the fixed one, replaced by the clock's when there is a clock. */
    private final RunSettings settings;
    private final VirtualClock clock;

    private Engine(Builder builder) {
        this.settings = new RunSettings(builder.taskHandler, builder.startInstant, builder.seed, builder.type,
                builder.maxVirtualDuration, builder.maxStateTransitions, builder.stateMachineName,
                builder.executionName, Map.copyOf(builder.stateMachines), builder.s3, builder.fieldValidationMode,
                builder.account, builder.region, builder.executionArn);
        this.clock = builder.clock;
    }

    /** A builder with the defaults: no task handler, seed 0, STANDARD, start {@link #DEFAULT_START}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs one execution to its end in virtual time.
     *
     * @throws UnmockedTaskException when a Task runs that no handler answers, or the execution
     *     cannot go on because activity tasks wait for a worker (none polls while it runs to its end)
     * @throws IllegalStateException when it cannot go on because tasks wait for task tokens
     */
    public ExecutionResult execute(StateMachine machine, JsonNode input) {
        return execute(machine, input, stopped -> { });
    }

    /**
     * Runs one execution to its end on the virtual clock, from the JSON text {@code input}
     * ({@code "{\"orderId\": \"o-1\"}"}), as {@link #execute(StateMachine, JsonNode)} does.
     *
     * @throws dev.sfntest.SfnTestException when {@code input} is not JSON
     */
    public ExecutionResult execute(StateMachine machine, String input) {
        return execute(machine, JsonText.parse(input, "The execution input"));
    }

    /**
     * {@link #execute(StateMachine, JsonNode)}; when a set-up mistake stops the run before the
     * execution ends (an unmocked Task, a mocked result that does not fit its API, tasks waiting for
     * tokens: any exception out of the run), {@code whenStopped} first receives the execution stopped where it was: ABORTED with
     * the error {@value #RUN_STOPPED} and the exception's first line as the cause, its history up to
     * there (for a report), then the exception propagates.
     */
    public ExecutionResult execute(StateMachine machine, JsonNode input, Consumer<ExecutionResult> whenStopped) {
        Objects.requireNonNull(machine, "machine");
        Arguments.json(input, "input");
        Execution execution = new Execution(new ExecutionRun(settings(), machine), clock);
        try {
            execution.begin(input);
            return runToEnd(execution);
        } catch (RuntimeException e) {
            if (!execution.isDone()) {
                String message = String.valueOf(e.getMessage());
                whenStopped.accept(execution.stop(RUN_STOPPED, message.lines().findFirst().orElse(message)).result());
            }
            throw e;
        }
    }

    private static ExecutionResult runToEnd(Execution execution) {
        try {
            return execution.runToEnd().result();
        } catch (IllegalStateException stalled) {
            List<PendingTask> pending = execution.pendingTasks();
            if (!pending.isEmpty() && pending.stream().allMatch(task -> task.resource().contains(":activity:"))) {
                // nothing polls an activity while the execution runs to its end: unmocked, as a Task
                PendingTask first = pending.get(0);
                throw new UnmockedTaskException("The Task state '" + first.stateName() + "' (activity "
                        + first.resource() + ") has no mocked response, and no activity worker polls it.\n"
                        + "  Mock it by state name, for example {\"" + first.stateName() + "\": {\"0\": {\"Return\": {}}}}, "
                        + "or act as the worker on Engine.start(...) with getActivityTask.");
            }
            throw stalled;
        }
    }

    /**
     * Starts an execution that the test drives: it runs as far as it can at the start instant,
     * then the test completes task tokens, picks up activity tasks and moves the clock.
     */
    public Execution start(StateMachine machine, JsonNode input) {
        Objects.requireNonNull(machine, "machine");
        Arguments.json(input, "input");
        Execution execution = new Execution(new ExecutionRun(settings(), machine), clock);
        if (clock != null) {
            clock.attach(execution);
        }
        return execution.begin(input);
    }

    /** The settings of an execution starting now. */
    private RunSettings settings() {
        return clock == null ? settings : settings.startingAt(clock.instant());
    }

    /**
     * Starts an execution that the test drives, with the JSON text {@code input}.
     *
     * @throws dev.sfntest.SfnTestException when {@code input} is not JSON
     */
    public Execution start(StateMachine machine, String input) {
        return start(machine, JsonText.parse(input, "The execution input"));
    }

    /** The in-memory S3 that distributed Map states read from and write to. */
    public InMemoryS3 s3() {
        return settings.s3();
    }

    /** State machines that {@code states:startExecution} tasks run as nested executions, by name. */
    public Map<String, StateMachine> stateMachines() {
        return settings.stateMachines();
    }

    /** The task handler, or {@code null}. */
    public TaskHandler taskHandler() {
        return settings.taskHandler();
    }

    /** The virtual start instant: the {@linkplain #clock() clock}'s instant now, when there is one. */
    public Instant startInstant() {
        return clock != null ? clock.instant() : settings.startInstant();
    }

    /** The clock executions share, when the engine was built with one. */
    public Optional<VirtualClock> clock() {
        return Optional.ofNullable(clock);
    }

    /** The seed of every random choice (jitter, UUIDs, interleaving). */
    public long seed() {
        return settings.seed();
    }

    /** STANDARD (25,000-event history cap) or EXPRESS. */
    public StateMachineType type() {
        return settings.type();
    }

    /** The cap on an execution's virtual duration, which stops runaway loops of Waits. */
    public Duration maxVirtualDuration() {
        return settings.maxVirtualDuration();
    }

    /** The cap on state transitions, which stops runaway loops that take no virtual time. */
    public long maxStateTransitions() {
        return settings.maxStateTransitions();
    }

    /** The state machine's name in ARNs and the Context object. */
    public String stateMachineName() {
        return settings.stateMachineName();
    }

    /** The account in the ARNs executions form. */
    public String account() {
        return settings.account();
    }

    /** The region in the ARNs executions form. */
    public String region() {
        return settings.region();
    }

    /** The execution's name, or {@code null} to derive one from the seed. */
    public String executionName() {
        return settings.executionName();
    }

    /**
     * How task handlers' results are checked against the API model of the operation each Task
     * calls (a handler or a mock may choose its own); {@link FieldValidationMode#STRICT} by default.
     */
    public FieldValidationMode fieldValidationMode() {
        return settings.fieldValidationMode();
    }

    /** Builds an {@link Engine}; every setting has a sensible default. */
    public static final class Builder {
        private TaskHandler taskHandler;
        private Instant startInstant = DEFAULT_START;
        private VirtualClock clock;
        private long seed;
        private StateMachineType type = StateMachineType.STANDARD;
        private Duration maxVirtualDuration = Duration.ofDays(366);
        private long maxStateTransitions = 10_000_000;
        private String stateMachineName = "StateMachine";
        private String executionName;
        private final Map<String, StateMachine> stateMachines = new LinkedHashMap<>();
        private InMemoryS3 s3 = new InMemoryS3();
        private FieldValidationMode fieldValidationMode = FieldValidationMode.STRICT;
        private String account = ACCOUNT;
        private String region = REGION;
        private String executionArn;

        /** How results are checked against the API models: STRICT (the default, as AWS's TestState), PRESENT or NONE. */
        public Builder fieldValidationMode(FieldValidationMode mode) {
            this.fieldValidationMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        private Builder() {
        }

        /** The in-memory S3 for distributed Map item readers and result writers (default: an empty one). */
        public Builder s3(InMemoryS3 store) {
            this.s3 = Objects.requireNonNull(store, "s3");
            return this;
        }

        /**
         * Registers a state machine that {@code arn:aws:states:::states:startExecution} tasks run
         * as a nested execution when their {@code StateMachineArn} names it.
         */
        public Builder stateMachine(String name, StateMachine machine) {
            stateMachines.put(Arguments.text(name, "name"), Objects.requireNonNull(machine, "machine"));
            return this;
        }

        /** Who answers Task states. */
        public Builder taskHandler(TaskHandler handler) {
            this.taskHandler = handler;
            return this;
        }

        /** The virtual instant at which executions start. */
        public Builder startInstant(Instant instant) {
            this.startInstant = Arguments.instant(instant, "startInstant");
            return this;
        }

        /**
         * One clock for the executions this engine starts (and for those of other engines built with
         * it): each starts at the clock's instant, and they share time from then on (see
         * {@link VirtualClock}). Replaces {@link #startInstant(Instant)}.
         */
        public Builder clock(VirtualClock value) {
            this.clock = value;
            return this;
        }

        /** The seed of every random choice. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** STANDARD or EXPRESS. */
        public Builder type(StateMachineType value) {
            this.type = Objects.requireNonNull(value, "type");
            return this;
        }

        /**
         * The cap on virtual duration (default 366 days: AWS's one-year limit).
         *
         * @throws IllegalArgumentException when it is zero, negative, or over 1,000 years
         */
        public Builder maxVirtualDuration(Duration value) {
            if (Arguments.duration(value, "maxVirtualDuration").isZero()) {
                throw new IllegalArgumentException("maxVirtualDuration must be positive, was PT0S");
            }
            this.maxVirtualDuration = value;
            return this;
        }

        /** The cap on state transitions (default 10,000,000). */
        public Builder maxStateTransitions(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxStateTransitions must be positive, was " + value);
            }
            this.maxStateTransitions = value;
            return this;
        }

        /** The state machine's name (default {@code StateMachine}). */
        public Builder stateMachineName(String name) {
            this.stateMachineName = Arguments.text(name, "stateMachineName");
            return this;
        }

        /** The execution's name (default: a UUID drawn from the seed). */
        public Builder executionName(String name) {
            if (name != null) {
                Arguments.text(name, "executionName");
            }
            this.executionName = name;
            return this;
        }

        /**
         * The account in the ARNs the execution forms ({@code $$.Execution.Id}, Map Runs, roles);
         * default {@value Engine#ACCOUNT}.
         *
         * @throws IllegalArgumentException unless it is 12 digits
         */
        public Builder account(String value) {
            if (value == null || !value.matches("\\d{12}")) {
                throw new IllegalArgumentException("account must be 12 digits, was '" + value + "'");
            }
            this.account = value;
            return this;
        }

        /**
         * The region in the ARNs the execution forms and in {@code TaskScheduled} events; default
         * {@value Engine#REGION}.
         *
         * @throws IllegalArgumentException unless it looks like a region ({@code eu-west-1})
         */
        public Builder region(String value) {
            if (value == null || !value.matches("[a-z]{2}(-[a-z]+)+-\\d{1,2}")) {
                throw new IllegalArgumentException("region must look like eu-west-1, was '" + value + "'");
            }
            this.region = value;
            return this;
        }

        /**
         * The execution's ARN ({@code $$.Execution.Id}) when the caller forms it, as a server that
         * answers StartExecution does; by default it is formed from the region, account and names:
         * {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME}, or for an EXPRESS execution
         * {@code arn:aws:states:REGION:ACCOUNT:express:MACHINE:NAME:ID} (as AWS forms it), the id a
         * UUID drawn from the names and the seed.
         *
         * @param arn the ARN, or {@code null} for the formed one
         */
        public Builder executionArn(String arn) {
            if (arn != null && !arn.startsWith("arn:")) {
                throw new IllegalArgumentException("executionArn must be an ARN (arn:...), was '" + arn + "'");
            }
            this.executionArn = arn;
            return this;
        }

        /** The engine. */
        public Engine build() {
            return new Engine(this);
        }
    }
}
