package dev.sfntest.server;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The runnable jar's command line: {@code [--port N] [--host H] [--mock-config FILE]
 * [--lambda-endpoint URL] [--account ID] [--region REGION]}, and Step Functions Local's environment
 * variables where they make sense ({@code SFN_MOCK_CONFIG}, {@code LAMBDA_ENDPOINT},
 * {@code AWS_ACCOUNT_ID}, {@code AWS_DEFAULT_REGION};
 * {@code WAIT_TIME_SCALE} is accepted and has nothing to scale, as time is virtual).
 */
final class ServerCommandLine {
    static final String USAGE = "usage: sfn-test-server [--port 8083] [--host 127.0.0.1] [--mock-config FILE] "
            + "[--lambda-endpoint URL] [--account 123456789012] [--region us-east-1]";

    private ServerCommandLine() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        StepFunctionsServer.Builder builder = StepFunctionsServer.builder();
        String mockConfig = env.get("SFN_MOCK_CONFIG");
        String lambda = env.get("LAMBDA_ENDPOINT");
        String account = env.get("AWS_ACCOUNT_ID");
        String region = env.get("AWS_DEFAULT_REGION");
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    err.println("sfn-test-server: " + arg + " needs a value\n" + USAGE);
                    return 2;
                }
                String value = args[++i];
                switch (arg) {
                    case "--port" -> builder.port(port(value));
                    case "--host" -> builder.host(value);
                    case "--mock-config" -> mockConfig = value;
                    case "--lambda-endpoint" -> lambda = value;
                    case "--account" -> account = value;
                    case "--region" -> region = value;
                    default -> {
                        err.println("sfn-test-server: unknown option " + arg + "\n" + USAGE);
                        return 2;
                    }
                }
            }
            if (mockConfig != null && !mockConfig.isEmpty()) {
                builder.mockConfig(Path.of(mockConfig));
            }
            if (account != null && !account.isEmpty()) {
                builder.account(account);
            }
            if (region != null && !region.isEmpty()) {
                builder.region(region);
            }
            if (lambda != null && !lambda.isEmpty()) {
                builder.lambdaEndpoint(java.net.URI.create(lambda));
            }
        } catch (IllegalArgumentException e) {
            err.println("sfn-test-server: " + e.getMessage());
            return 2;
        }
        warnings(env, err);
        StepFunctionsServer server;
        try {
            server = builder.start();
        } catch (UncheckedIOException e) {
            err.println("sfn-test-server: " + e.getMessage());
            return 1;
        }
        return serveUntilStopped(server, out, err);
    }

    /** The test cases' unused mocks and near misses, written when the server stops. */
    static void reportMocks(StepFunctionsServer server, PrintStream err) {
        List<String> report = server.mockReport();
        if (!report.isEmpty()) {
            err.println("sfn-test server: what the MockConfigFile's test cases left unused or unanswered:");
            report.forEach(err::println);
            err.flush();
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was '" + value + "'");
        }
    }

    private static void warnings(Map<String, String> env, PrintStream err) {
        if (env.containsKey("WAIT_TIME_SCALE")) {
            err.println("sfn-test-server: WAIT_TIME_SCALE is ignored: Waits complete at once on the virtual clock");
        }
    }

    private static int serveUntilStopped(StepFunctionsServer server, PrintStream out, PrintStream err) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            reportMocks(server, err);
            server.close();
            stopped.countDown();
        }, "sfn-test-server-shutdown"));
        out.println("sfn-test server: the Step Functions API at " + server.endpoint()
                + " (virtual clock: GET/POST " + server.endpoint() + "/_sfntest/clock; mocks used: GET "
                + server.endpoint() + "/_sfntest/mocks)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
