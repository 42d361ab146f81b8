package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.data.Json;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfn-test serve}: serves the Step Functions API until stopped. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void serves_the_api_and_prints_its_endpoint() throws Exception {
        ServeCommand serve = new ServeCommand();
        serve.port = 0;
        serve.stop = new CountDownLatch(1);
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe));
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve.run(
                Output.of(new PrintWriter(pipe), new PrintWriter(err), "sfn-test serve: ")));

        String endpoint = Json.parse(lines.readLine()).path("endpoint").asText();
        HttpResponse<String> listed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        serve.stop.countDown();

        assertThat(endpoint).startsWith("http://127.0.0.1:");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo("{\"stateMachines\":[]}");
        assertThat(exit.get()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writes_the_mocks_a_test_case_left_unused_when_it_stops() throws Exception {
        Path file = dir.resolve("mocks.json");
        Files.writeString(file, """
                {"StateMachines": {"Pay": {"TestCases": {"Happy": {"Chrage": "Charged"}}}},
                 "MockedResponses": {"Charged": {"0": {"Return": {"StatusCode": 200, "Payload": {}}}}}}""");
        ServeCommand serve = new ServeCommand();
        serve.port = 0;
        serve.mockConfig = file;
        serve.stop = new CountDownLatch(1);
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe));
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve.run(
                Output.of(new PrintWriter(pipe), new PrintWriter(err), "sfn-test serve: ")));
        String endpoint = Json.parse(lines.readLine()).path("endpoint").asText();
        String definition = """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "End": true}}}""";
        String machine = Json.parse(post(endpoint, "CreateStateMachine", Json.write(Json.emptyObject().put("name", "Pay")
                .put("roleArn", "arn:aws:iam::123456789012:role/r").put("definition", definition))))
                .path("stateMachineArn").asText();
        post(endpoint, "StartExecution", "{\"stateMachineArn\": \"" + machine + "#Happy\", \"name\": \"e1\"}");

        serve.stop.countDown();

        assertThat(exit.get()).isZero();
        assertThat(err.toString()).startsWith("sfn-test serve: what the MockConfigFile's test cases left unused or "
                + "unanswered:\nExecution arn:aws:states:us-east-1:123456789012:execution:Pay:e1 (test case 'Happy', ")
                .contains("\n  unused mock: ").contains("Chrage").contains("\n  no mock answered: ");
    }

    private static String post(String endpoint, String action, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("X-Amz-Target", "AWSStepFunctions." + action)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void refuses_a_mock_file_that_is_not_one() throws Exception {
        Path file = dir.resolve("mocks.json");
        Files.writeString(file, "{\"MockedResponses\": {}}");

        Cli.Result result = Cli.run("serve", "--port", "0", "--mock-config", file);

        assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        assertThat(result.errLines()).containsExactly("sfn-test serve: " + file
                + ": The MockConfigFile has no StateMachines object at /StateMachines");
    }
}
