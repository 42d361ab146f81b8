package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and careless input: every case a clear message and a documented exit code, never exit 3. */
class SfnTestHostileInputTest {
    private static final String ECHO = "{\"StartAt\": \"Echo\", \"States\": {\"Echo\": {\"Type\": \"Pass\", \"End\": true}}}";
    private static final String CHARGE = "{\"StartAt\": \"ChargeCard\", \"States\": {\"ChargeCard\": {\"Type\": \"Task\","
            + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:charge\", \"End\": true}}}";

    @TempDir
    Path dir;

    @Nested
    class Files {
        @Test
        void aFileLargerThanTheCapIsAnUnreadableFileAndTheNextFileIsStillValidated() throws IOException {
            Path huge = dir.resolve("huge.json");
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(64L * 1024 * 1024 + 1);
            }
            Path echo = Cli.write(dir, "echo.json", ECHO);

            Cli.Result result = Cli.run("validate", huge, echo);

            assertThat(result.outLines()).containsExactly(huge + ": ERROR UNREADABLE_FILE / Cannot read the file: it is "
                    + "larger than 64 MiB, the most sfn-test reads");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void aBinaryDefinitionIsNamedAsNotUtf8() throws IOException {
            Path binary = java.nio.file.Files.write(dir.resolve("binary.json"), new byte[] {'{', (byte) 0xC3, '}'});

            Cli.Result result = Cli.run("run", binary);

            assertThat(result.errLines()).containsExactly("sfn-test run: Cannot read the definition " + binary
                    + ": it is not UTF-8 text (the byte 0xC3 at line 1, column 2)");
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }

        @Test
        void aFileNameWithANewlineStaysOnOneLine() {
            Path broken = Cli.write(dir, "two\nlines.json", "{");

            Cli.Result result = Cli.run("validate", broken);

            assertThat(result.outLines()).containsExactly(dir + "/two\\nlines.json: ERROR PARSE_ERROR 1:2 Invalid JSON: "
                    + "the text ends before the object that opens at line 1, column 1 is closed");
        }

        @Test
        void oneFileTooDeepForTheParserNeverStopsTheOthers() {
            Path deep = Cli.write(dir, "deep.yaml", "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: "
                    + "[".repeat(5000) + "]".repeat(5000) + "\n    End: true\n");
            Path deepIntrinsic = Cli.write(dir, "intrinsic.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": "
                    + "\"Pass\", \"Parameters\": {\"x.$\": \"" + "States.Array(".repeat(5000) + ")".repeat(5000)
                    + "\"}, \"End\": true}}}");
            Path echo = Cli.write(dir, "echo.json", ECHO);

            Cli.Result result = Cli.run("validate", deep, deepIntrinsic, echo);

            assertThat(result.outLines()).hasSize(2);
            assertThat(result.outLines().get(0)).isEqualTo(deep + ": ERROR PARSE_ERROR 5:1010 Invalid YAML: it nests "
                    + "deeper than 1000 levels, the most sfn-test reads");
            assertThat(result.outLines().get(1)).startsWith(deepIntrinsic + ": ERROR INVALID_INTRINSIC /States/A/"
                    + "Parameters/x.$ 'x.$' is not a valid intrinsic function call: The calls nest deeper than 1000 levels");
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void aSymbolicLinkLoopInACaseFolderIsWalkedOnce() throws IOException {
            Path cases = dir.resolve("cases");
            Cli.write(cases, "echo.json", "{" + "\"definition\": " + ECHO + "}");
            java.nio.file.Files.createSymbolicLink(cases.resolve("loop"), cases);

            Cli.Result result = Cli.run("cases", cases);

            assertThat(result.outLines()).containsExactly(
                    "{\"name\":\"echo\",\"status\":\"SUCCEEDED\",\"output\":{},\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void aCaseFileWithALowercaseTypeIsACaseThatCannotRun() {
            Path file = Cli.write(dir, "lower.json", "{\"definition\": " + ECHO + ", \"stateMachineType\": \"express\"}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.outLines()).containsExactly("{\"name\":\"lower\",\"status\":\"ERROR\",\"output\":null,"
                    + "\"error\":null,\"cause\":null,\"message\":\"The case file " + file + " is not a case: "
                    + "\\\"stateMachineType\\\" must be \\\"STANDARD\\\" or \\\"EXPRESS\\\", found \\\"express\\\"\"}");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }
    }

    @Nested
    class Input {
        @Test
        void anEmptyInputIsAUsageError() {
            Path echo = Cli.write(dir, "echo.json", ECHO);

            Cli.Result result = Cli.run("run", echo, "--input", "");

            assertThat(result.errLines()).containsExactly("sfn-test run: --input is empty (use @FILE to read a file, - "
                    + "for standard input); it must hold a JSON value such as {}");
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }

        @Test
        void anEmptyInputFileIsAUsageError() {
            Path echo = Cli.write(dir, "echo.json", ECHO);
            Path empty = Cli.write(dir, "empty.json", "");

            Cli.Result result = Cli.run("run", echo, "--input", "@" + empty);

            assertThat(result.errLines()).containsExactly("sfn-test run: The --input file " + empty + " is empty; it "
                    + "must hold a JSON value such as {}");
        }

        @Test
        void aDashReadsStandardInput() {
            Path echo = Cli.write(dir, "echo.json", ECHO);

            Cli.Result result = Cli.runWithStdin("{\"orderId\": 7}\n", "run", echo, "--input", "-");

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"orderId\":7},\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void aByteOrderMarkBeforeTheInputIsDropped() throws IOException {
            Path echo = Cli.write(dir, "echo.json", ECHO);
            Path input = java.nio.file.Files.write(dir.resolve("input.json"),
                    ("\uFEFF{\"a\": 1}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

            Cli.Result result = Cli.run("run", echo, "--input", "@" + input);

            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"a\":1},\"error\":null,\"cause\":null}");
        }
    }

    @Nested
    class Mocks {
        /** A MockConfigFile whose test case Happy of machine charge maps {@code states}; {@code Ok} is {@code script}. */
        private Path mockFile(String states, String script) {
            return Cli.write(dir, "mocks.json", "{\"StateMachines\": {\"charge\": {\"TestCases\": {\"Happy\": {"
                    + states + "}}}}, \"MockedResponses\": {\"Ok\": " + script + "}}");
        }

        private Cli.Result runCharge(Path mocks) {
            return Cli.run("run", Cli.write(dir, "charge.json", CHARGE), "--mock-config", mocks, "--test-case", "Happy");
        }

        @Test
        void anUnmockedActivityIsAnUnmockedTaskNotAnInternalError() {
            Path activity = Cli.write(dir, "activity.json", "{\"StartAt\": \"Transcode\", \"States\": {\"Transcode\": "
                    + "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:us-east-1:123456789012:activity:transcode\", "
                    + "\"End\": true}}}");

            Cli.Result result = Cli.run("run", activity);

            assertThat(result.errLines()).containsExactly("sfn-test run: The Task state 'Transcode' (activity "
                    + "arn:aws:states:us-east-1:123456789012:activity:transcode) has no mocked response, and no activity "
                    + "worker polls it.", "  Mock it by state name, for example {\"Transcode\": {\"0\": {\"Return\": {}}}}, "
                    + "or act as the worker on Engine.start(...) with getActivityTask.");
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }

        @Test
        void aMockedErrorTheTaskCannotRaiseIsAWarningWithTheClosestName() {
            Path mocks = mockFile("\"ChargeCard\": \"Ok\"",
                    "{\"0\": {\"Throw\": {\"Error\": \"Lambda.TooManyRequestException\", \"Cause\": \"slow\"}}}");

            Cli.Result result = runCharge(mocks);

            assertThat(result.errLines()).containsExactly("sfn-test run: warning: " + mocks + ": The mock of "
                    + "'ChargeCard' (attempt 0) throws an error its Task can never raise: 'Lambda.TooManyRequestException' "
                    + "is not an error that a Lambda function raises; did you mean 'Lambda.TooManyRequestsException'?");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void aMockForAStateTheDefinitionDoesNotHaveIsAWarningWithTheClosestName() {
            Path mocks = mockFile("\"ChargeCard\": \"Ok\", \"ChargeCrad\": \"Ok\"",
                    "{\"0\": {\"Return\": {\"charged\": true}}}");

            Cli.Result result = runCharge(mocks);

            assertThat(result.errLines()).containsExactly("sfn-test run: warning: " + mocks + ": The mocks script the "
                    + "state 'ChargeCrad', which the state machine does not have; did you mean 'ChargeCard'?",
                    "sfn-test run: warning: " + mocks + ": unused mock: TaskMock for state 'ChargeCrad': never called");
            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"charged\":true},\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void anUnknownFieldOfAMockedResponseIsAUsageError() {
            Path mocks = mockFile("\"ChargeCard\": \"Ok\"", "{\"0\": {\"Retrun\": {}}}");

            Cli.Result result = runCharge(mocks);

            assertThat(result.errLines()).containsExactly("sfn-test run: " + mocks + ": The mock at /MockedResponses/Ok/0 "
                    + "has the unknown field 'Retrun' (it takes Return and Throw); did you mean 'Return'?");
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }

        @Test
        void aHugeAttemptRangeRunsAtOnce() {
            Path mocks = mockFile("\"ChargeCard\": \"Ok\"", "{\"0-2147483647\": {\"Return\": 1}}");

            Cli.Result result = runCharge(mocks);

            assertThat(result.outLines()).containsExactly("{\"status\":\"SUCCEEDED\",\"output\":1,\"error\":null,"
                    + "\"cause\":null}");
        }
    }

    @Nested
    class Placeholders {
        @Test
        void runWarnsOfAPlaceholderLeftAndOfASubstitutionNothingUses() {
            Path definition = Cli.write(dir, "ph.json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", "
                    + "\"Result\": \"${Bucket}\", \"End\": true}}}");

            Cli.Result result = Cli.run("run", definition, "--substitute", "Buckett=b");

            assertThat(result.errLines()).containsExactly(
                    "sfn-test run: warning: --substitute Buckett: the definition has no placeholder ${Buckett}",
                    definition + ": WARNING UNSUBSTITUTED_PLACEHOLDER /States/A/Result Placeholder ${Bucket} is not "
                            + "substituted; pass a value (DefinitionSubstitutions) or the state machine sees the text "
                            + "as written");
            assertThat(result.exit()).isZero();
        }
    }

    @Nested
    class PlaceholderTransitions {
        @Test
        void aStartAtLeftAsAPlaceholderFailsTheExecutionNotTheCommand() {
            Path definition = Cli.write(dir, "start.json", "{\"StartAt\": \"${First}\", \"States\": {\"A\": "
                    + "{\"Type\": \"Pass\", \"End\": true}}}");

            Cli.Result result = Cli.run("run", definition);

            assertThat(result.outLines()).containsExactly("{\"status\":\"FAILED\",\"output\":null,\"error\":"
                    + "\"States.Runtime\",\"cause\":\"The state machine has no state named '${First}'; it is a "
                    + "placeholder left unsubstituted: pass its value as a substitution\"}");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }
    }

    @Nested
    class Funnel {
        @Test
        void aFailedWriteToStandardOutputIsNotASuccess() {
            Path echo = Cli.write(dir, "echo.json", ECHO);

            Cli.Result result = Cli.runWithBrokenOutput("run", echo);

            assertThat(result.errLines()).containsExactly("sfn-test run: cannot write to standard output (a closed pipe "
                    + "or a full disk?); the results are incomplete");
            assertThat(result.exit()).isEqualTo(SfnTestCli.OUTPUT_FAILED);
        }

        @Test
        void anOutOfMemoryErrorIsAClearMessageWithItsOwnExitCode() {
            StringWriter err = new StringWriter();
            Subcommand exhausted = new Subcommand() {
                @Override
                int execute(Output output) {
                    throw new OutOfMemoryError("Java heap space");
                }
            };

            int exit = exhausted.run(Output.of(new PrintWriter(new StringWriter()), new PrintWriter(err), "sfn-test run: "));

            assertThat(err.toString()).isEqualTo("sfn-test run: out of memory: the Java heap is full; give it more with "
                    + "SFN_TEST_JAVA_OPTS=-Xmx4g (bin/sfn-test) or java -Xmx4g\n");
            assertThat(exit).isEqualTo(SfnTestCli.OUT_OF_MEMORY).isEqualTo(4);
        }

        @Test
        void aLongChainOfStatesIsDrawnAsSvg() {
            StringBuilder states = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                states.append("\"S").append(i).append("\": {\"Type\": \"Pass\", \"Next\": \"S").append(i + 1).append("\"}, ");
            }
            Path chain = Cli.write(dir, "chain.json", "{\"StartAt\": \"S0\", \"States\": {" + states
                    + "\"S3000\": {\"Type\": \"Succeed\"}}}");

            Cli.Result result = Cli.run("graph", chain, "--format", "svg");

            assertThat(result.err()).isEmpty();
            assertThat(result.out()).startsWith("<svg").contains(">S2999<");
            assertThat(result.exit()).isZero();
        }
    }
}
