package dev.sfntest.engine.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.InMemoryS3;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one execution runs with, as the engine's builder set it: who answers Tasks, where virtual
 * time starts, the seed, the limits, the names, the state machines nested executions run, the S3
 * store, and how results are checked.
 *
 * @param taskHandler who answers Task states, or {@code null}
 * @param startInstant the virtual start instant
 * @param seed the seed of every random choice
 * @param type STANDARD or EXPRESS
 * @param maxVirtualDuration the cap on virtual duration
 * @param maxStateTransitions the cap on state transitions
 * @param stateMachineName the state machine's name
 * @param executionName the execution's name, or {@code null} for one drawn from the seed
 * @param stateMachines state machines nested executions run, by name
 * @param s3 the in-memory S3
 * @param fieldValidationMode how results are checked against the API models
 * @param account the AWS account in the ARNs the execution forms
 * @param region the AWS region in the ARNs the execution forms
 * @param executionArn the execution's ARN as its caller formed it (a server's), or {@code null} for
 *     the one formed from the region, account and names
 */
public record RunSettings(TaskHandler taskHandler, Instant startInstant, long seed, StateMachineType type,
        Duration maxVirtualDuration, long maxStateTransitions, String stateMachineName, String executionName,
        Map<String, StateMachine> stateMachines, InMemoryS3 s3, FieldValidationMode fieldValidationMode,
        String account, String region, String executionArn) {

    /** The AWS account executions run in: it appears in their ARNs and role. */
    public static final String ACCOUNT = "123456789012";
    /** The AWS region executions run in: it appears in their ARNs and in {@code TaskScheduled}. */
    public static final String REGION = "us-east-1";
    /** The default virtual start instant of every execution: 2025-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.ofEpochSecond(1_735_689_600L);

    /** These settings with {@code instant} as the start instant. */
    public RunSettings startingAt(Instant instant) {
        return new RunSettings(taskHandler, instant, seed, type, maxVirtualDuration, maxStateTransitions,
                stateMachineName, executionName, stateMachines, s3, fieldValidationMode, account, region,
                executionArn);
    }
}
