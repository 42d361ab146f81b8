package dev.sfntest.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.server.StepFunctionsServer;
import dev.sfntest.service.FieldValidationMode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sfn-test serve}: the AWS Step Functions API on localhost (AWS JSON 1.0), a drop-in
 * replacement for Step Functions Local. Prints {@code {"endpoint": "http://127.0.0.1:8083"}} once
 * it serves, then serves until the process is stopped; then writes to standard error what the
 * MockConfigFile's test cases left unused or unanswered, when anything.
 */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = SfnTestCli.Version.class,
        description = "Serves the AWS Step Functions API on localhost for any AWS SDK or the AWS CLI, on a virtual "
                + "clock; prints {\"endpoint\": ...} when it is ready. See docs/server.md.")
final class ServeCommand extends Subcommand {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8083",
            description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}, Step Functions Local's).")
    int port = StepFunctionsServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to bind; 0.0.0.0 serves other hosts and containers (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--mock-config", paramLabel = "FILE",
            description = "A Step Functions Local MockConfigFile (default: $$SFN_MOCK_CONFIG); start executions of "
                    + "stateMachineArn#TestCaseName to use a test case.")
    Path mockConfig;

    @Option(names = "--lambda-endpoint", paramLabel = "URL",
            description = "Where unmocked Lambda tasks call Lambda's Invoke API (default: $$LAMBDA_ENDPOINT), for "
                    + "example sam local start-lambda's http://127.0.0.1:3001.")
    URI lambdaEndpoint;

    @Option(names = "--account", paramLabel = "ID",
            description = "The account in every ARN (default: $$AWS_ACCOUNT_ID, else 123456789012).")
    String account;

    @Option(names = "--region", paramLabel = "REGION",
            description = "The region in every ARN (default: $$AWS_DEFAULT_REGION, else us-east-1).")
    String region;

    @Option(names = "--field-validation-mode", paramLabel = "STRICT|PRESENT|NONE", defaultValue = "NONE",
            description = "How mocked results are checked against the AWS API models (default: ${DEFAULT-VALUE}, "
                    + "as Step Functions Local).")
    FieldValidationMode fieldValidationMode = FieldValidationMode.NONE;

    @Option(names = "--retained-executions", paramLabel = "N", defaultValue = "1000",
            description = "How many ended executions are kept, oldest forgotten first (default: ${DEFAULT-VALUE}).")
    int retainedExecutions = 1000;

    /** Ends the command when counted down (tests); {@code null}: serve until the process stops. */
    CountDownLatch stop;

    @Override
    int execute(Output output) {
        Path mocks = mockConfig;
        String fromEnvironment = System.getenv("SFN_MOCK_CONFIG");
        if (mocks == null && fromEnvironment != null && !fromEnvironment.isEmpty()) {
            mocks = Path.of(fromEnvironment);
        }
        StepFunctionsServer server;
        try {
            StepFunctionsServer.Builder builder = StepFunctionsServer.builder().port(port).host(host)
                    .fieldValidationMode(fieldValidationMode).retainedExecutions(retainedExecutions);
            if (mocks != null) {
                builder.mockConfig(mocks);
            }
            String lambdaFromEnvironment = System.getenv("LAMBDA_ENDPOINT");
            if (lambdaEndpoint != null) {
                builder.lambdaEndpoint(lambdaEndpoint);
            } else if (lambdaFromEnvironment != null && !lambdaFromEnvironment.isEmpty()) {
                builder.lambdaEndpoint(URI.create(lambdaFromEnvironment));
            }
            String accountToUse = account != null ? account : System.getenv("AWS_ACCOUNT_ID");
            if (accountToUse != null && !accountToUse.isEmpty()) {
                builder.account(accountToUse);
            }
            String regionToUse = region != null ? region : System.getenv("AWS_DEFAULT_REGION");
            if (regionToUse != null && !regionToUse.isEmpty()) {
                builder.region(regionToUse);
            }
            server = builder.start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw CliException.usage(e.getMessage());
        }
        CountDownLatch stopped = stop != null ? stop : new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try { // the process ends when the hooks do: let the command write its mock report and close first
                closed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sfn-test-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ObjectNode ready = Json.emptyObject();
            ready.put("endpoint", server.endpoint().toString());
            output.json(ready);
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            List<String> report = server.mockReport();
            if (!report.isEmpty()) {
                output.errorBlock("what the MockConfigFile's test cases left unused or unanswered:", report);
            }
            server.close();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the process ends anyway
            }
        }
        return SfnTestCli.OK;
    }
}
