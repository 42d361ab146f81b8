package dev.sfntest.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.data.TextFiles;
import dev.sfntest.data.UnreadableFileException;
import dev.sfntest.engine.Engine;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockConfigFile;
import dev.sfntest.server.internal.HttpFrontend;
import dev.sfntest.server.internal.ServerOptions;
import dev.sfntest.service.FieldValidationMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The AWS Step Functions API on localhost, a drop-in replacement for Step Functions Local: point
 * any AWS SDK or the AWS CLI at {@link #endpoint()} and create state machines, start executions,
 * complete callbacks, poll activities; executions run on sfn-test's engine, on a virtual clock.
 *
 * <pre>{@code
 * try (StepFunctionsServer server = StepFunctionsServer.builder()
 *         .port(0)                                        // an ephemeral port
 *         .mockConfig(Path.of("MockConfigFile.json"))     // Step Functions Local's mock file
 *         .start()) {
 *     SfnClient sfn = SfnClient.builder().endpointOverride(server.endpoint())
 *             .region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
 *             .build();
 *     // create a state machine, then start "arn:...:stateMachine:Order#HappyPath"
 * }
 * }</pre>
 *
 * <p>Waits and retry intervals complete at once; a task that waits for a callback or an activity
 * worker waits for the client, and its timeouts fire when the client moves the clock with
 * {@code POST /_sfntest/clock/advance}. See docs/server.md.
 */
@API(status = EXPERIMENTAL)
public final class StepFunctionsServer implements AutoCloseable {
    /** Step Functions Local's port. */
    public static final int DEFAULT_PORT = 8083;

    private final HttpFrontend frontend;
    private final String host;

    private StepFunctionsServer(HttpFrontend frontend, String host) {
        this.frontend = frontend;
        this.host = host;
    }

    /** A builder: port {@value #DEFAULT_PORT} on 127.0.0.1, no mock file. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://HOST:PORT}, the endpoint to give an SDK. */
    public URI endpoint() {
        String shown = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "localhost" : host;
        return URI.create("http://" + shown + ":" + port());
    }

    /** The bound port (the ephemeral one when the builder asked for 0). */
    public int port() {
        return frontend.port();
    }

    /**
     * What the MockConfigFile's test cases did in the executions the server keeps, for people: per
     * execution started with {@code stateMachineArn#TestCase} that has any, its unused mocks, the
     * Tasks no mock answered (with the closest mocks), and mocked errors its Tasks can never raise.
     * Empty when there is nothing to tell. {@code GET /_sfntest/mocks} serves the same as JSON;
     * {@code sfn-test serve} prints it when it stops.
     */
    public List<String> mockReport() {
        return frontend.mockReport();
    }

    /** Stops serving, ends parked polls, and stops the executions' threads. */
    @Override
    public void close() {
        frontend.close();
    }

    /**
     * Runs the server until the process is stopped: {@code java -jar sfn-test-server-all.jar
     * [--port 8083] [--host 127.0.0.1] [--mock-config FILE] [--lambda-endpoint URL] [--account ID]
     * [--region REGION]}; {@code SFN_MOCK_CONFIG}, {@code LAMBDA_ENDPOINT}, {@code AWS_ACCOUNT_ID}
     * and {@code AWS_DEFAULT_REGION} work as for Step Functions Local.
     */
    public static void main(String[] args) {
        System.exit(ServerCommandLine.run(args, System.getenv(), System.out, System.err));
    }

    /** Builds a {@link StepFunctionsServer}. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String host = "127.0.0.1";
        private MockConfigFile mockConfig;
        private Instant start = Engine.DEFAULT_START;
        private int retainedExecutions = 1000;
        private Duration activityPollTime = Duration.ofSeconds(60);
        private Duration settleTime = Duration.ofSeconds(10);
        private Duration syncTime = Duration.ofSeconds(60);
        private FieldValidationMode fieldValidation = FieldValidationMode.NONE;
        private URI lambdaEndpoint;
        private String account = Engine.ACCOUNT;
        private String region = Engine.REGION;

        private Builder() {
        }

        /** The port, 0 for an ephemeral one (default {@value #DEFAULT_PORT}). */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /** The address to bind (default 127.0.0.1; 0.0.0.0 serves other hosts and containers too). */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /**
         * Step Functions Local's MockConfigFile: {@code StartExecution} of
         * {@code stateMachineArn#TestCaseName} runs with that test case's mocked responses.
         *
         * @throws IllegalArgumentException when the file cannot be read or is not a MockConfigFile
         */
        public Builder mockConfig(Path file) {
            Objects.requireNonNull(file, "file");
            try {
                this.mockConfig = MockConfigFile.parse(Json.parse(TextFiles.read(file)));
            } catch (UnreadableFileException e) {
                throw new IllegalArgumentException("Cannot read the MockConfigFile " + file + ": " + e.reason(), e);
            } catch (InvalidMockException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            } catch (InvalidJsonException e) {
                throw new IllegalArgumentException("The MockConfigFile " + file + " is not JSON: " + e.getMessage(), e);
            }
            return this;
        }

        /** An already read MockConfigFile. */
        public Builder mockConfig(MockConfigFile file) {
            this.mockConfig = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The virtual instant the clock starts at (default {@link Engine#DEFAULT_START}). */
        public Builder startInstant(Instant value) {
            this.start = Objects.requireNonNull(value, "startInstant");
            return this;
        }

        /** How many ended executions are kept, oldest forgotten first (default 1000). */
        public Builder retainedExecutions(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("retainedExecutions must be at least 1, was " + value);
            }
            this.retainedExecutions = value;
            return this;
        }

        /** How long GetActivityTask waits for a task before answering none (default 60 s, as AWS). */
        public Builder activityPollTime(Duration value) {
            this.activityPollTime = positive(value, "activityPollTime");
            return this;
        }

        /**
         * How long a request that starts or moves executions waits for them to run as far as they
         * go (default 10 s); past it the response comes and they go on in the background.
         */
        public Builder settleTime(Duration value) {
            this.settleTime = positive(value, "settleTime");
            return this;
        }

        /** How long StartSyncExecution waits for a callback or worker before ending TIMED_OUT (default 60 s). */
        public Builder syncTime(Duration value) {
            this.syncTime = positive(value, "syncTime");
            return this;
        }

        /** How mocked results are checked against AWS's API models (default NONE, as Step Functions Local). */
        public Builder fieldValidationMode(FieldValidationMode value) {
            this.fieldValidation = Objects.requireNonNull(value, "fieldValidationMode");
            return this;
        }

        /**
         * Step Functions Local's {@code LAMBDA_ENDPOINT}: unmocked Lambda tasks call Lambda's Invoke
         * API there, unsigned (for example {@code sam local start-lambda}'s {@code http://127.0.0.1:3001}).
         */
        public Builder lambdaEndpoint(URI value) {
            Objects.requireNonNull(value, "lambdaEndpoint");
            if (!"http".equals(value.getScheme()) && !"https".equals(value.getScheme()) || value.getHost() == null) {
                throw new IllegalArgumentException("The Lambda endpoint must be an http(s) URL such as "
                        + "http://127.0.0.1:3001, was '" + value + "'");
            }
            this.lambdaEndpoint = value;
            return this;
        }

        /**
         * The account in every ARN (default {@value Engine#ACCOUNT}, Step Functions Local's;
         * its {@code AWS_ACCOUNT_ID}).
         *
         * @throws IllegalArgumentException unless it is 12 digits
         */
        public Builder account(String value) {
            Engine.builder().account(value);
            this.account = value;
            return this;
        }

        /**
         * The region in every ARN (default {@value Engine#REGION}; Step Functions Local's
         * {@code AWS_DEFAULT_REGION}). The region a client names is accepted whatever this is.
         *
         * @throws IllegalArgumentException unless it looks like a region ({@code eu-west-1})
         */
        public Builder region(String value) {
            Engine.builder().region(value);
            this.region = value;
            return this;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        /**
         * Binds the port and starts serving.
         *
         * @throws UncheckedIOException when the port cannot be bound
         */
        public StepFunctionsServer start() {
            ServerOptions options = new ServerOptions(host, port, mockConfig, start, retainedExecutions,
                    activityPollTime, settleTime, syncTime, fieldValidation, lambdaEndpoint, account, region);
            try {
                HttpFrontend frontend = new HttpFrontend(options);
                frontend.start();
                return new StepFunctionsServer(frontend, host);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }
    }
}
