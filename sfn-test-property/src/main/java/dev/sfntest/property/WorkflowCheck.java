package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.Retrier;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.property.internal.CoverageRecorder;
import dev.sfntest.property.internal.Exhaustive;
import dev.sfntest.property.internal.Replays;
import dev.sfntest.property.internal.Scenario;
import dev.sfntest.property.internal.Search;
import dev.sfntest.property.internal.StateIndex;
import dev.sfntest.property.internal.WorkflowRuns;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Fuzzes a state machine: runs it on generated inputs, fault schedules and engine seeds, checks
 * every execution against invariants, and on a violation fails with the shrunk input and faults,
 * the path taken, and a one-line replay. Or explores every fault schedule up to k faults.
 *
 * <pre>{@code
 * @Test
 * void declinedPaymentsAreRefundedNeverShipped() {
 *     StateMachine machine = Definitions.load(Path.of("src/test/resources/order.asl.json"));
 *     CheckCoverage coverage = WorkflowCheck.of(machine)
 *             .inputs(Generators.inputsFor(machine))             // the default
 *             .taskHandler(TaskMocks.of(TaskMocks.forState("Charge").returns("{}").andSoOn()).lenient())
 *             .invariants(Invariants.terminatesWithinLimits(), Invariants.catchersRouteErrors(),
 *                     Invariants.failsOnlyWith("OrderRejected"))
 *             .seed(42).tries(1_000)
 *             .check();                                          // throws AssertionFailedError on a violation
 *     assertThat(coverage.statesNeverEntered()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Immutable: each setting returns a new check. Deterministic: the seed (default 0) fixes every
 * input, schedule and engine seed. The task handler answers the invocations that succeed; give it
 * mocks that answer every attempt ({@code andSoOn()}), and keep it free of state that changes
 * answers between executions.
 */
@API(status = EXPERIMENTAL)
public final class WorkflowCheck {
    private final StateMachine machine;
    private final Generator<JsonNode> inputs;
    private final Generator<FaultSchedule> faults;
    private final Generator<Long> engineSeeds;
    private final TaskHandler successes;
    private final UnaryOperator<Engine.Builder> engine;
    private final List<Invariant> invariants;
    private final long seed;
    private final int tries;
    private final int maxShrinks;
    private final long[] replay;

    private WorkflowCheck(StateMachine machine, Generator<JsonNode> inputs, Generator<FaultSchedule> faults,
            Generator<Long> engineSeeds, TaskHandler successes, UnaryOperator<Engine.Builder> engine,
            List<Invariant> invariants, long seed, int tries, int maxShrinks, long[] replay) {
        this.machine = machine;
        this.inputs = inputs;
        this.faults = faults;
        this.engineSeeds = engineSeeds;
        this.successes = successes;
        this.engine = engine;
        this.invariants = invariants;
        this.seed = seed;
        this.tries = tries;
        this.maxShrinks = maxShrinks;
        this.replay = replay;
    }

    /**
     * A check of {@code machine} with the defaults: {@link Generators#inputsFor} inputs,
     * {@link FaultSchedules#forMachine} faults, engine seeds 0 to 1,000 when the machine has
     * Parallel, Map or jittered retries (else 0), tasks that return their input,
     * {@link Invariants#standard()}, seed 0, 1,000 tries.
     */
    public static WorkflowCheck of(StateMachine machine) {
        Objects.requireNonNull(machine, "machine");
        Generator<Long> seeds = concurrentOrJittered(machine) ? Generators.longs(0, 1_000) : Generators.constant(0L);
        return new WorkflowCheck(machine, Generators.inputsFor(machine), FaultSchedules.forMachine(machine), seeds,
                null, UnaryOperator.identity(), Invariants.standard(), 0, PropertyRunner.DEFAULT_TRIES,
                PropertyRunner.DEFAULT_MAX_SHRINKS, null);
    }

    /** Where execution inputs come from. */
    public WorkflowCheck inputs(Generator<JsonNode> value) {
        return new WorkflowCheck(machine, Objects.requireNonNull(value, "inputs"), faults, engineSeeds, successes,
                engine, invariants, seed, tries, maxShrinks, replay);
    }

    /** Where fault schedules come from ({@link FaultSchedules#none()} to check inputs alone). */
    public WorkflowCheck faults(Generator<FaultSchedule> value) {
        return new WorkflowCheck(machine, inputs, Objects.requireNonNull(value, "faults"), engineSeeds, successes,
                engine, invariants, seed, tries, maxShrinks, replay);
    }

    /** Where engine seeds (the interleaving of Parallel branches and Map iterations, jitter) come from. */
    public WorkflowCheck engineSeeds(Generator<Long> value) {
        return new WorkflowCheck(machine, inputs, faults, Objects.requireNonNull(value, "engineSeeds"), successes,
                engine, invariants, seed, tries, maxShrinks, replay);
    }

    /** Who answers the invocations the schedule lets succeed (default: each returns its input). */
    public WorkflowCheck taskHandler(TaskHandler value) {
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, Objects.requireNonNull(value, "taskHandler"),
                engine, invariants, seed, tries, maxShrinks, replay);
    }

    /** Further engine settings ({@code b -> b.type(StateMachineType.EXPRESS)}), applied after handler and seed. */
    public WorkflowCheck engineSettings(UnaryOperator<Engine.Builder> value) {
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, successes,
                Objects.requireNonNull(value, "engineSettings"), invariants, seed, tries, maxShrinks, replay);
    }

    /** The invariants, checked in order (replacing the standard ones). */
    public WorkflowCheck invariants(Invariant... value) {
        return invariants(Arrays.asList(value));
    }

    /** The invariants, checked in order (replacing the standard ones). */
    public WorkflowCheck invariants(List<Invariant> value) {
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, successes, engine, List.copyOf(value), seed,
                tries, maxShrinks, replay);
    }

    /** The seed of every generated choice. */
    public WorkflowCheck seed(long value) {
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, successes, engine, invariants, value, tries,
                maxShrinks, replay);
    }

    /** How many executions to generate (default 1,000). */
    public WorkflowCheck tries(int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("tries must be positive, was " + value);
        }
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, successes, engine, invariants, seed, value,
                maxShrinks, replay);
    }

    /** How many candidates shrinking may try (0 turns it off). */
    public WorkflowCheck maxShrinks(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("maxShrinks must not be negative, was " + value);
        }
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, successes, engine, invariants, seed, tries,
                value, replay);
    }

    /** Runs only the case a failure report printed ({@code .replay("0 3 1 0")}), not shrunk. */
    public WorkflowCheck replay(String choices) {
        return new WorkflowCheck(machine, inputs, faults, engineSeeds, successes, engine, invariants, seed, tries,
                maxShrinks, Replays.decode(choices));
    }

    /**
     * Runs the generated executions and checks every invariant.
     *
     * @return what they covered
     * @throws AssertionFailedError naming the invariant, the shrunk input, fault schedule and engine
     *     seed, the path, the result, the seed and the replay
     */
    public CheckCoverage check() {
        CoverageRecorder coverage = new CoverageRecorder(StateIndex.of(machine));
        WorkflowRuns runs = new WorkflowRuns(machine, successes, engine, invariants, coverage);
        Generator<Scenario> scenarios = source -> new Scenario(inputs.generate(source), faults.generate(source),
                engineSeeds.generate(source));
        Search<Scenario> search = new Search<>(scenarios, runs::check);
        Search.Outcome<Scenario> outcome = replay != null ? search.replay(replay) : search.run(seed, tries, maxShrinks);
        if (outcome.failed()) {
            GeneratedExecution execution = runs.run(outcome.value(), null);
            String headline = replay != null ? "Workflow property failed on the replayed case"
                    : "Workflow property failed after " + outcome.tries() + (outcome.tries() == 1 ? " try" : " tries")
                            + " and " + outcome.shrinks() + (outcome.shrinks() == 1 ? " shrink" : " shrinks");
            throw new AssertionFailedError(WorkflowRuns.describe(headline, outcome.failure(), execution)
                    + "\nSeed: " + seed + "; replay this case with .replay(\"" + Replays.encode(outcome.choices())
                    + "\")", outcome.failure().cause());
        }
        return coverage.coverage();
    }

    /**
     * Runs {@code input} under every fault schedule with up to {@code maxFaults} injected errors
     * (engine seed 0), and checks every invariant.
     *
     * @throws AssertionFailedError on the first schedule that breaks an invariant, or when there are
     *     more than {@code maxSchedules} schedules
     */
    public ExhaustiveReport exhaustive(String input, int maxFaults, int maxSchedules) {
        return exhaustive(JsonArgument.parse(input, "The execution input"), maxFaults, maxSchedules);
    }

    /**
     * Runs the JSON text {@code input} under every fault schedule, as
     * {@link #exhaustive(JsonNode, int, int)} does.
     *
     * @throws dev.sfntest.SfnTestException when {@code input} is not JSON
     */
    public ExhaustiveReport exhaustive(JsonNode input, int maxFaults, int maxSchedules) {
        if (maxFaults < 0 || maxSchedules <= 0) {
            throw new IllegalArgumentException("maxFaults must not be negative and maxSchedules must be positive, "
                    + "but were " + maxFaults + " and " + maxSchedules);
        }
        CoverageRecorder coverage = new CoverageRecorder(StateIndex.of(machine));
        WorkflowRuns runs = new WorkflowRuns(machine, successes, engine, invariants, coverage);
        int explored = new Exhaustive(runs, Objects.requireNonNull(input, "input"), 0, maxFaults, maxSchedules)
                .explore();
        return new ExhaustiveReport(explored, maxFaults, coverage.coverage());
    }

    private static boolean concurrentOrJittered(StateMachine machine) {
        StateIndex states = StateIndex.of(machine);
        for (String name : states.names()) {
            dev.sfntest.asl.State state = states.state(name);
            if (state instanceof ParallelState || state instanceof MapState) {
                return true;
            }
            dev.sfntest.asl.ErrorHandling handling = StateIndex.handling(state);
            if (handling != null && handling.retry().stream()
                    .anyMatch(r -> r.jitterStrategy() == Retrier.JitterStrategy.FULL)) {
                return true;
            }
        }
        return false;
    }
}
