package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SfnTestCliTest {
    static final String GREET = """
            {"StartAt": "Greet", "States": {"Greet": {"Type": "Pass", "Result": {"greeting": "hello"}, "End": true}}}
            """;
    static final String REJECT = """
            {"StartAt": "Reject", "States": {"Reject": {"Type": "Fail", "Error": "OrderRejected", "Cause": "out of stock"}}}
            """;
    static final String ECHO = """
            {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}
            """;
    static final String ORDER = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                         "ResultPath": "$.charge", "End": true}}}
            """;
    static final String MOCKS = """
            {"StateMachines": {
               "order": {"TestCases": {"HappyPath": {"Charge": "Charged"}, "Declined": {"Charge": "Declined"}}},
               "refund": {"TestCases": {"HappyPath": {"Charge": "Refunded"}}}},
             "MockedResponses": {
               "Charged": {"0": {"Return": {"id": "ch-1"}}},
               "Refunded": {"0": {"Return": {"id": "re-1"}}},
               "Declined": {"0": {"Throw": {"Error": "CardDeclined", "Cause": "no funds"}}}}}
            """;

    @TempDir
    Path dir;

    @Nested
    class Run {
        @Test
        void typeExpressLiftsTheCapOfAStandardHistory() {
            Path loop = Cli.write(dir, "loop.asl.json", "{\"StartAt\": \"Add\", \"States\": {"
                    + "\"Add\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"States.MathAdd($.n, 1)\"}, \"Next\": \"More\"},"
                    + "\"More\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericLessThan\": 7000, "
                    + "\"Next\": \"Add\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}");

            Cli.Result standard = Cli.run("run", loop, "--input", "{\"n\": 0}");
            Cli.Result express = Cli.run("run", loop, "--input", "{\"n\": 0}", "--type", "EXPRESS");

            assertThat(standard.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
            assertThat(standard.out()).contains("\"status\":\"FAILED\"");
            assertThat(express.exit()).isZero();
            assertThat(express.out()).startsWith("{\"status\":\"SUCCEEDED\",\"output\":{\"n\":7000}");
        }

        @Test
        void printsTheResultOfASucceededExecutionAndExitsZero() {
            Path definition = Cli.write(dir, "greet.asl.json", GREET);

            Cli.Result result = Cli.run("run", definition);

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"greeting\":\"hello\"},\"error\":null,\"cause\":null}");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isZero();
        }

        @Test
        void printsTheErrorAndCauseOfAFailedExecutionAndExitsOne() {
            Path definition = Cli.write(dir, "reject.asl.json", REJECT);

            Cli.Result result = Cli.run("run", definition);

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"FAILED\",\"output\":null,\"error\":\"OrderRejected\",\"cause\":\"out of stock\"}");
            assertThat(result.exit()).isEqualTo(1);
        }

        @Test
        void takesTheInputInline() {
            Path definition = Cli.write(dir, "echo.asl.json", ECHO);

            Cli.Result result = Cli.run("run", definition, "--input", "{\"orderId\": 42}");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"orderId\":42},\"error\":null,\"cause\":null}");
        }

        @Test
        void readsTheInputFromAnAtFile() {
            Path definition = Cli.write(dir, "echo.asl.json", ECHO);
            Path input = Cli.write(dir, "input.json", "[1, 2, 3]");

            Cli.Result result = Cli.run("run", definition, "--input", "@" + input);

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":[1,2,3],\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void rejectsAnInputThatIsNotJsonAsAUsageError() {
            Path definition = Cli.write(dir, "echo.asl.json", ECHO);

            Cli.Result result = Cli.run("run", definition, "--input", "{orderId: 42}");

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).containsExactly("sfn-test run: --input is not JSON (use @FILE to read a "
                    + "file, - for standard input): expected a field name in double quotes, found 'orderId' at 1:2; field "
                    + "names need double quotes: \"orderId\"");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void reportsAMissingInputFileAsAUsageError() {
            Path definition = Cli.write(dir, "echo.asl.json", ECHO);
            Path missing = dir.resolve("nope.json");

            Cli.Result result = Cli.run("run", definition, "--input", "@" + missing);

            assertThat(result.errLines()).containsExactly(
                    "sfn-test run: Cannot read the --input file " + missing + ": no such file");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void reportsMalformedJsonWithLineAndColumnAndExitsTwo() {
            Path definition = Cli.write(dir, "broken.asl.json", "{\"StartAt\": \"A\",\n  , }");

            Cli.Result result = Cli.run("run", definition);

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).containsExactly(definition + ": ERROR PARSE_ERROR 2:3 Invalid JSON: "
                    + "expected a field name in double quotes, found ','");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void reportsAnEmptyDefinitionAndExitsTwo() {
            Path definition = Cli.write(dir, "empty.asl.json", "");

            Cli.Result result = Cli.run("run", definition);

            assertThat(result.errLines()).containsExactly(
                    definition + ": ERROR PARSE_ERROR 1:1 The definition is empty");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void reportsTheDiagnosticsOfAnInvalidDefinitionAndExitsTwo() {
            String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Missing\"}}}";
            Path definition = Cli.write(dir, "invalid.asl.json", text);

            Cli.Result result = Cli.run("run", definition);

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).isNotEmpty().allSatisfy(line ->
                    assertThat(line).matches(java.util.regex.Pattern.quote(definition.toString())
                            + ": (ERROR|WARNING) [A-Z_]+ /\\S* .+"));
            assertThat(result.errLines()).anySatisfy(line ->
                    assertThat(line).startsWith(definition + ": ERROR UNKNOWN_TARGET /States/A/Next "));
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void substitutesPlaceholders() {
            Path definition = Cli.write(dir, "greet.asl.json", """
                    {"StartAt": "Greet", "States": {"Greet": {"Type": "Pass", "Result": "${Greeting}", "End": true}}}
                    """);

            Cli.Result result = Cli.run("run", definition, "--substitute", "Greeting=bonjour");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":\"bonjour\",\"error\":null,\"cause\":null}");
        }

        @Test
        void answersTasksFromTheTestCaseOfTheMachineNamedAfterTheFile() {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            Cli.Result result = Cli.run("run", definition, "--input", "{}", "--mock-config", mocks,
                    "--test-case", "HappyPath");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"charge\":{\"id\":\"ch-1\"}},\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void failsTheExecutionWithAMockedError() {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Declined");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"FAILED\",\"output\":null,\"error\":\"CardDeclined\",\"cause\":\"no funds\"}");
            assertThat(result.exit()).isEqualTo(1);
        }

        @Test
        void picksAnotherMachineWithStateMachine() {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath",
                    "--state-machine", "refund");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"charge\":{\"id\":\"re-1\"}},\"error\":null,\"cause\":null}");
        }

        @Test
        void usesTheOnlyMachineOfTheFileWhateverItsName() {
            Path definition = Cli.write(dir, "checkout.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", """
                    {"StateMachines": {"Other": {"TestCases": {"T": {"Charge": "R"}}}},
                     "MockedResponses": {"R": {"0": {"Return": 7}}}}
                    """);

            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "T");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"charge\":7},\"error\":null,\"cause\":null}");
        }

        @Test
        void reportsAnUnknownTestCaseAsAUsageError() {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Happy");

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).containsExactly("sfn-test run: " + mocks + ": The state machine 'order' "
                    + "in the MockConfigFile has no test case 'Happy'; it has [HappyPath, Declined]");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void reportsAnAmbiguousMachineAsAUsageError() {
            Path definition = Cli.write(dir, "checkout.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath");

            assertThat(result.errLines()).containsExactly("sfn-test run: " + mocks + ": The MockConfigFile defines the "
                    + "state machines [order, refund], none named 'checkout' as the definition; choose one by name "
                    + "with --state-machine NAME");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void needsBothMockConfigAndTestCase() {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);

            Cli.Result result = Cli.run("run", definition, "--test-case", "HappyPath");

            assertThat(result.errLines()).containsExactly("sfn-test run: --test-case needs --mock-config FILE");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void reportsAnUnmockedTaskWithStateResourceAndAttempt() {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);

            Cli.Result result = Cli.run("run", definition, "--input", "{\"id\": 1}");

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).first().isEqualTo("sfn-test run: The Task state 'Charge' (resource "
                    + "arn:aws:lambda:us-east-1:123456789012:function:charge, attempt 0) has no mocked response.");
            assertThat(result.exit()).isEqualTo(2);
        }

        @Test
        void addsTheHistoryStartingWithExecutionStarted() throws Exception {
            Path definition = Cli.write(dir, "order.asl.json", ORDER);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath",
                    "--history");

            assertThat(result.outLines()).hasSize(1);
            JsonNode printed = Json.parse(result.out());
            assertThat(printed.get("status").asText()).isEqualTo("SUCCEEDED");
            List<String> types = new ArrayList<>();
            printed.get("history").forEach(event -> types.add(event.get("type").asText()));
            assertThat(types).startsWith("ExecutionStarted").endsWith("ExecutionSucceeded")
                    .contains("TaskStateEntered", "LambdaFunctionSucceeded", "TaskStateExited");
            assertThat(printed.get("history").get(0).at("/executionStartedEventDetails/roleArn").asText())
                    .contains("order");
        }

        @Test
        void reportsAMissingDefinitionAsAUsageError() {
            Path missing = dir.resolve("missing.asl.json");

            Cli.Result result = Cli.run("run", missing);

            assertThat(result.errLines()).containsExactly(
                    "sfn-test run: Cannot read the definition " + missing + ": no such file");
            assertThat(result.exit()).isEqualTo(2);
        }
    }

    @Nested
    class Validate {
        @Test
        void printsNothingForAValidDefinitionAndExitsZero() {
            Path json = Cli.write(dir, "greet.asl.json", GREET);
            Path yaml = Cli.write(dir, "greet.asl.yaml", """
                    StartAt: Greet
                    States:
                      Greet: {Type: Pass, End: true}
                    """);

            Cli.Result result = Cli.run("validate", json, yaml);

            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isZero();
        }

        @Test
        void printsOneLinePerFindingOfEveryFileAndExitsOne() {
            Path good = Cli.write(dir, "good.asl.json", GREET);
            Path broken = Cli.write(dir, "broken.asl.json", "{\"StartAt\": }");
            Path missing = dir.resolve("missing.asl.json");
            Path empty = Cli.write(dir, "empty.asl.json", "  \n");

            Cli.Result result = Cli.run("validate", broken, good, missing, empty);

            assertThat(result.outLines()).containsExactly(
                    broken + ": ERROR PARSE_ERROR 1:13 Invalid JSON: expected a value, found '}'",
                    missing + ": ERROR UNREADABLE_FILE / Cannot read the file: no such file",
                    empty + ": ERROR PARSE_ERROR 1:1 The definition is empty");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isEqualTo(1);
        }

        @Test
        void reportsAFolderAsUnreadable() {
            Cli.Result result = Cli.run("validate", dir);

            assertThat(result.outLines()).containsExactly(
                    dir + ": ERROR UNREADABLE_FILE / Cannot read the file: it is a directory");
            assertThat(result.exit()).isEqualTo(1);
        }

        @Test
        void needsAtLeastOneFile() {
            Cli.Result result = Cli.run("validate");

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).first().isEqualTo("Missing required parameter: 'DEFINITION'");
            assertThat(result.exit()).isEqualTo(2);
        }
    }

    @Nested
    class Cases {
        @Test
        void runsEveryCaseOfAFolderInNameOrderAndReportsTheBadOne() {
            Cli.write(dir, "cases/a-greet.json", "{\"name\": \"greet\", \"definition\": " + GREET + "}");
            Cli.write(dir, "cases/b-broken.json", "{\"name\": ");
            Cli.write(dir, "cases/c/reject.json", "{\"name\": \"reject\", \"definition\": " + REJECT + "}");
            Cli.write(dir, "cases/notes.txt", "not a case");
            Path broken = dir.resolve("cases/b-broken.json");

            Cli.Result result = Cli.run("cases", dir.resolve("cases"));

            assertThat(result.outLines()).containsExactly(
                    "{\"name\":\"greet\",\"status\":\"SUCCEEDED\",\"output\":{\"greeting\":\"hello\"},\"error\":null,"
                            + "\"cause\":null}",
                    "{\"name\":\"b-broken\",\"status\":\"ERROR\",\"output\":null,\"error\":null,\"cause\":null,"
                            + "\"message\":\"Cannot read the case file " + broken + ": not JSON: the text ends "
                            + "inside an object at 1:10\"}",
                    "{\"name\":\"reject\",\"status\":\"FAILED\",\"output\":null,\"error\":\"OrderRejected\","
                            + "\"cause\":\"out of stock\"}");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isEqualTo(1);
        }

        @Test
        void keepsTheOrderOfThePathsGivenAndExitsZeroWhenEveryCaseRan() {
            Path reject = Cli.write(dir, "reject.json", "{\"definition\": " + REJECT + "}");
            Path greet = Cli.write(dir, "greet.json", "{\"definition\": " + GREET + ", \"input\": 1}");

            Cli.Result result = Cli.run("cases", reject, greet);

            assertThat(result.outLines()).extracting(line -> Json.parse(line).get("name").asText())
                    .containsExactly("reject", "greet");
            assertThat(result.exit()).isZero();
        }

        @Test
        void reportsACaseThatCannotRunAndGoesOn() {
            Path missing = dir.resolve("missing.json");
            Path noDefinition = Cli.write(dir, "nodef.json", "{\"name\": \"nodef\"}");
            Path unmocked = Cli.write(dir, "unmocked.json", "{\"definition\": " + ORDER + "}");
            Path greet = Cli.write(dir, "greet.json", "{\"definition\": " + GREET + "}");

            Cli.Result result = Cli.run("cases", missing, noDefinition, unmocked, greet);

            List<String> lines = result.outLines();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).isEqualTo("{\"name\":\"missing\",\"status\":\"ERROR\",\"output\":null,"
                    + "\"error\":null,\"cause\":null,\"message\":\"Cannot read the case file " + missing
                    + ": no such file\"}");
            assertThat(lines.get(1)).isEqualTo("{\"name\":\"nodef\",\"status\":\"ERROR\",\"output\":null,"
                    + "\"error\":null,\"cause\":null,\"message\":\"The case file " + noDefinition
                    + " is not a case: A case file needs a \\\"definition\\\" field\"}");
            assertThat(lines.get(2)).startsWith("{\"name\":\"unmocked\",\"status\":\"ERROR\",\"output\":null,"
                    + "\"error\":null,\"cause\":null,\"message\":\"The Task state 'Charge'");
            assertThat(lines.get(3)).startsWith("{\"name\":\"greet\",\"status\":\"SUCCEEDED\"");
            assertThat(result.exit()).isEqualTo(1);
        }
    }

    @Nested
    class Graph {
        static final String SHOP = """
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Choice",
                            "Choices": [{"Variable": "$.total", "NumericGreaterThan": 100, "Next": "Hold"}],
                            "Default": "Charge"},
                  "Hold": {"Type": "Wait", "Seconds": 60, "Next": "Charge"},
                  "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                             "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Declined"}], "Next": "Done"},
                  "Declined": {"Type": "Fail", "Error": "Declined"},
                  "Done": {"Type": "Succeed"}}}
                """;

        @Test
        void printsAMermaidFlowchart() {
            Path definition = Cli.write(dir, "shop.asl.json", SHOP);

            Cli.Result result = Cli.run("graph", definition);

            assertThat(result.outLines()).containsExactly(
                    "flowchart TD",
                    "    start((\"Start\"))",
                    "    stop((\"End\"))",
                    "    s0{\"Check\"}",
                    "    s1[/\"Hold\"/]",
                    "    s2[\"Charge\"]",
                    "    s3([\"Declined\"])",
                    "    s4([\"Done\"])",
                    "    s0 -->|\"$.total NumericGreaterThan 100\"| s1",
                    "    s0 -->|\"Default\"| s2",
                    "    s1 --> s2",
                    "    s2 --> s4",
                    "    s2 -.->|\"States.ALL\"| s3",
                    "    s4 --> stop",
                    "    start --> s0",
                    "    classDef terminal fill:#eeeeee,stroke:#555555",
                    "    classDef fail fill:#fde2e2,stroke:#b42318",
                    "    class start,stop terminal",
                    "    class s3 fail");
            assertThat(result.exit()).isZero();
        }

        @Test
        void drawsParallelBranchesAsSubgraphs() {
            Path definition = Cli.write(dir, "fan.asl.json", """
                    {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
                      {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                      {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}
                    """);

            Cli.Result result = Cli.run("graph", definition);

            assertThat(result.outLines()).containsSequence(
                    "    s0[[\"Fan\"]]",
                    "    subgraph s0_b0 [\"Branch 1\"]",
                    "        direction TD",
                    "        s1(\"A\")",
                    "    end",
                    "    s0 --> s0_b0",
                    "    subgraph s0_b1 [\"Branch 2\"]",
                    "        direction TD",
                    "        s2(\"B\")",
                    "    end",
                    "    s0 --> s0_b1",
                    "    s0 --> stop");
        }

        @Test
        void highlightsTheStatesAndTransitionsAnExecutionTook() {
            Path definition = Cli.write(dir, "shop.asl.json", SHOP);
            Path mocks = Cli.write(dir, "mocks.json", """
                    {"StateMachines": {"shop": {"TestCases": {"Ok": {"Charge": "R"}}}},
                     "MockedResponses": {"R": {"0": {"Return": {}}}}}
                    """);
            Cli.Result run = Cli.run("run", definition, "--input", "{\"total\": 5}", "--mock-config", mocks,
                    "--test-case", "Ok", "--history");
            Path execution = Cli.write(dir, "result.json", run.out());

            Cli.Result result = Cli.run("graph", definition, "--execution", execution);

            assertThat(result.outLines()).endsWith(
                    "    classDef visited fill:#d1fadf,stroke:#067647,stroke-width:2px",
                    "    class s0,s2,s4 visited",
                    "    linkStyle 1,3,5,6 stroke:#067647,stroke-width:3px");
        }

        @Test
        void drawsAnSvgDiagramWithThePathAnExecutionTook() throws Exception {
            Path definition = Cli.write(dir, "shop.asl.json", SHOP);
            Path mocks = Cli.write(dir, "mocks.json", """
                    {"StateMachines": {"shop": {"TestCases": {"Ok": {"Charge": "R"}}}},
                     "MockedResponses": {"R": {"0": {"Return": {}}}}}
                    """);
            Cli.Result run = Cli.run("run", definition, "--input", "{\"total\": 5}", "--mock-config", mocks,
                    "--test-case", "Ok", "--history");
            Path execution = Cli.write(dir, "result.json", run.out());

            Cli.Result result = Cli.run("graph", definition, "--format", "svg", "--execution", execution);

            assertThat(result.exit()).isZero();
            org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(result.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
            java.util.List<String> visited = new java.util.ArrayList<>();
            org.w3c.dom.NodeList groups = svg.getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
                if (group.getAttribute("class").contains("visited")) {
                    visited.add(group.getAttribute("data-state"));
                }
            }
            assertThat(visited).contains("Check", "Charge").doesNotContain("Hold", "Declined");
        }
    }

    @Nested
    class TopLevel {
        @Test
        void withoutACommandIsAUsageError() {
            Cli.Result result = Cli.run();

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).first().isEqualTo("Missing a command: run, validate, cases, graph or serve");
            assertThat(result.exit()).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"run", "validate", "cases", "graph"})
        void everyCommandPrintsItsHelpAndVersion(String command) {
            Cli.Result help = Cli.run(command, "--help");
            Cli.Result version = Cli.run(command, "-V");

            assertThat(help.exit()).isZero();
            assertThat(help.out()).startsWith("Usage: sfn-test " + command).contains("Exit codes:");
            assertThat(help.err()).isEmpty();
            assertThat(version.exit()).isZero();
            assertThat(version.out()).startsWith("sfn-test ");
        }

        @Test
        void anUnknownOptionIsAUsageError() {
            Cli.Result result = Cli.run("run", "x.json", "--speed", "3");

            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).first().asString().startsWith("Unknown option");
            assertThat(result.exit()).isEqualTo(2);
        }
    }
}
