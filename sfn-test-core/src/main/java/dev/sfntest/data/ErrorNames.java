package dev.sfntest.data;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * AWS's predefined error names (the {@code States.} family), spelt exactly as Step Functions does.
 */
@API(status = STABLE)
public final class ErrorNames {
    /** Matches every error but {@link #RUNTIME} and {@link #DATA_LIMIT_EXCEEDED}. */
    public static final String ALL = "States.ALL";
    /**
     * A Task ran past its TimeoutSeconds or sent no heartbeat within its HeartbeatSeconds: AWS
     * reports both with this name (and no cause); the execution's own timeout carries it too.
     */
    public static final String TIMEOUT = "States.Timeout";
    /**
     * Matches, in Retry and Catch only, a Task that sent no heartbeat within HeartbeatSeconds; the
     * error such a Task reports is {@link #TIMEOUT}.
     */
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    /** A task failed; matches every task failure except {@link #TIMEOUT}. */
    public static final String TASK_FAILED = "States.TaskFailed";
    /** Insufficient privileges for a task. */
    public static final String PERMISSIONS = "States.Permissions";
    /** A ResultPath cannot be applied to the state's input. */
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    /** A {@code .$} field of Parameters could not be resolved. */
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    /** A Choice state matched no rule and has no Default. */
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    /** An intrinsic function failed. */
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    /** A payload exceeded 256 KiB; never caught by {@link #ALL}. */
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    /** An unrecoverable runtime error; never caught, never retried. */
    public static final String RUNTIME = "States.Runtime";
    /** A Map state's failures passed its tolerated threshold. */
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    /** A Map run's item reader failed. */
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    /** A Map run's result writer failed. */
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
    /** A branch or iteration failed. */
    public static final String BRANCH_FAILED = "States.BranchFailed";
    /** A JSONata expression failed to evaluate. */
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private ErrorNames() {
    }
}
