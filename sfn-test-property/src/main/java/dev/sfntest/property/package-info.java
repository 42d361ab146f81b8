/**
 * Property-based fuzzing of state machines on JUnit Jupiter: generators with integrated
 * shrinking ({@link dev.sfntest.property.Generators}), fault schedules
 * ({@link dev.sfntest.property.FaultSchedules}), invariants ({@link dev.sfntest.property.Invariants}),
 * and two runners: {@link dev.sfntest.property.PropertyRunner} for any property and
 * {@link dev.sfntest.property.WorkflowCheck} for a workflow, random or exhaustive.
 *
 * <pre>{@code
 * @Test
 * void everyDeclineIsReported() {
 *     StateMachine machine = Definitions.load(Path.of("order.asl.json"));
 *     WorkflowCheck.of(machine)
 *             .invariants(Invariants.terminatesWithinLimits(), Invariants.catchersRouteErrors(),
 *                     Invariants.outputSatisfies("has a status", output -> output.has("status")))
 *             .seed(42)
 *             .check();
 * }
 * }</pre>
 *
 * <p>Everything in {@code dev.sfntest.property.internal} is implementation, not API.
 */
package dev.sfntest.property;
