package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code sfn-test cases} as a CI runner: the readable diff on standard error and {@code --junit-xml}. */
class CasesReportTest {
    private static final String ECHO = "{\"StartAt\": \"Echo\", \"States\": {\"Echo\": {\"Type\": \"Pass\","
            + " \"End\": true}}}";

    @TempDir
    Path dir;

    private Path echoCase(String file, String name, String expected) {
        return Cli.write(dir, file, "{\"name\": \"" + name + "\", \"definition\": " + ECHO
                + ", \"input\": {\"a\": 1}, \"expected\": " + expected + "}");
    }

    @Nested
    class DiffOnStandardError {
        @Test
        void eachMismatchIsDescribedOneDifferencePerLineAfterTheUnchangedJsonLine() {
            Path file = echoCase("echo.json", "echo", "{\"status\": \"FAILED\", \"output\": {\"a\": 2}}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.outLines()).containsExactly("{\"name\":\"echo\",\"status\":\"SUCCEEDED\","
                    + "\"output\":{\"a\":1},\"error\":null,\"cause\":null,\"match\":false,\"differences\":["
                    + "\"status: expected \\\"FAILED\\\" but was \\\"SUCCEEDED\\\"\","
                    + "\"output: expected {\\\"a\\\":2} but was {\\\"a\\\":1}\"]}");
            assertThat(result.errLines()).containsExactly(
                    "sfn-test cases: echo: does not match its expected (" + file + "):",
                    "sfn-test cases:   status: expected \"FAILED\" but was \"SUCCEEDED\"",
                    "sfn-test cases:   output: expected {\"a\":2} but was {\"a\":1}");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void aMatchingCasePrintsNothingThere() {
            Path file = echoCase("echo.json", "echo", "{\"status\": \"SUCCEEDED\"}");

            assertThat(Cli.run("cases", file).err()).isEmpty();
        }
    }

    @Nested
    class JunitXmlReport {
        @Test
        void hasOneTestcasePerCaseInFolderOrderWithFailuresAndErrors() throws Exception {
            Path pass = echoCase("cases/a-pass.json", "pass", "{\"status\": \"SUCCEEDED\"}");
            Path fail = echoCase("cases/b-fail.json", "fail", "{\"status\": \"FAILED\"}");
            Path broken = Cli.write(dir, "cases/c/broken.json", "{\"name\": \"broken\"}");
            Path report = dir.resolve("report.xml");

            Cli.Result result = Cli.run("cases", "--junit-xml", report, dir.resolve("cases"));

            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
            assertThat(result.outLines()).hasSize(3);
            assertThat(Files.readString(report)).isEqualTo("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <testsuite name="sfn-test cases" tests="3" failures="1" errors="1" skipped="0" time="0">
                      <testcase name="pass" classname="%s" time="0"/>
                      <testcase name="fail" classname="%s" time="0">
                        <failure type="mismatch" message="1 difference from expected">status: expected &quot;FAILED&quot; \
                    but was &quot;SUCCEEDED&quot;
                    </failure>
                      </testcase>
                      <testcase name="broken" classname="%s" time="0">
                        <error type="ERROR" message="The case file %s is not a case: A case file needs a &quot;\
                    definition&quot; field">The case file %s is not a case: A case file needs a &quot;definition&quot; \
                    field</error>
                      </testcase>
                    </testsuite>
                    """.formatted(pass, fail, broken, broken, broken));
        }

        @Test
        void isTheSameOnEveryRunAndParsesAsXml() throws Exception {
            echoCase("cases/fail.json", "a <b> & 'c'", "{\"status\": \"FAILED\", \"output\": \"\\u0001\"}");
            Path first = dir.resolve("first.xml");
            Path second = dir.resolve("second.xml");

            Cli.run("cases", "--junit-xml", first, dir.resolve("cases"));
            Cli.run("cases", "--junit-xml", second, dir.resolve("cases"));

            byte[] bytes = Files.readAllBytes(first);
            assertThat(bytes).isEqualTo(Files.readAllBytes(second));
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(bytes));
            assertThat(xml.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name")
                    .getNodeValue()).isEqualTo("a <b> & 'c'");
            assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo(
                    "status: expected \"FAILED\" but was \"SUCCEEDED\"\n"
                            + "output: expected \"\\u0001\" but was {\"a\":1}\n");
        }

        @Test
        void aFileThatCannotBeWrittenIsAUsageErrorAfterTheLines() {
            Path file = echoCase("echo.json", "echo", "{\"status\": \"SUCCEEDED\"}");
            Path report = dir.resolve("no-such-folder/report.xml");

            Cli.Result result = Cli.run("cases", "--junit-xml", report, file);

            assertThat(result.outLines()).hasSize(1);
            assertThat(result.err()).isEqualTo("sfn-test cases: Cannot write the JUnit XML file " + report
                    + ": no such file\n");
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }
    }

    @Nested
    class Escaping {
        @Test
        void markupLineBreaksAndCharactersXmlCannotHold() {
            assertThat(JunitXml.escape("<a href=\"x\">'&'</a>\n\t\u0000\uD83D\uDE00\uD800"))
                    .isEqualTo("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#10;&#9;\\u0000\uD83D\uDE00\\uD800");
        }
    }

    @Nested
    class Jobs {
        @Test
        void printTheSameLinesReportAndDiffsInTheSameOrderAsOneAtATime() throws Exception {
            for (int i = 0; i < 12; i++) {
                echoCase("cases/c" + (char) ('a' + i) + ".json", "case-" + i,
                        i % 3 == 0 ? "{\"status\": \"FAILED\"}" : "{\"status\": \"SUCCEEDED\"}");
            }
            Cli.write(dir, "cases/zz-broken.json", "{");
            Path serial = dir.resolve("serial.xml");
            Path parallel = dir.resolve("parallel.xml");

            Cli.Result one = Cli.run("cases", "--junit-xml", serial, dir.resolve("cases"));
            Cli.Result four = Cli.run("cases", "--jobs", 4, "--junit-xml", parallel, dir.resolve("cases"));

            assertThat(four).isEqualTo(one);
            assertThat(four.outLines()).hasSize(13);
            assertThat(Files.readString(parallel)).isEqualTo(Files.readString(serial));
        }

        @Test
        void fewerThanOneIsAUsageError() {
            Path file = echoCase("echo.json", "echo", "{\"status\": \"SUCCEEDED\"}");

            Cli.Result result = Cli.run("cases", "--jobs", 0, file);

            assertThat(result.err()).isEqualTo("sfn-test cases: --jobs must be at least 1, not 0\n");
            assertThat(result.out()).isEmpty();
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }
    }
}
