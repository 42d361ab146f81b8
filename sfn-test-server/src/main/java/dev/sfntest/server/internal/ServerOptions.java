package dev.sfntest.server.internal;

import dev.sfntest.mock.MockConfigFile;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The server's settings, checked by the public builder.
 *
 * @param host the address to bind
 * @param port the port, 0 for an ephemeral one
 * @param mockConfig Step Functions Local's MockConfigFile, or {@code null}
 * @param start the virtual instant the server's clock starts at
 * @param retainedExecutions how many ended executions are kept
 * @param activityPollTime how long GetActivityTask waits for a task
 * @param settleTime how long a request that starts or moves executions waits for them to settle
 * @param syncTime how long StartSyncExecution waits for an execution that waits for a callback
 * @param fieldValidation how mocked results are checked against the AWS API models
 * @param lambdaEndpoint where unmocked Lambda tasks are invoked (Step Functions Local's
 *     {@code LAMBDA_ENDPOINT}), or {@code null}
 * @param account the account in every ARN
 * @param region the region in every ARN
 */
public record ServerOptions(String host, int port, MockConfigFile mockConfig, Instant start, int retainedExecutions,
        Duration activityPollTime, Duration settleTime, Duration syncTime, FieldValidationMode fieldValidation,
        java.net.URI lambdaEndpoint, String account, String region) {
}
