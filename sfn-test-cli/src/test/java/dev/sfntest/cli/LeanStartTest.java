package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeanStartTest {
    @TempDir
    Path dir;

    private String definition;
    private String tasks;
    private String mocks;
    private String input;

    @BeforeEach
    void files() {
        definition = Cli.write(dir, "hello.asl.json", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", "
                + "\"Parameters\": {\"who.$\": \"$.who\", \"id.$\": \"States.UUID()\", \"env\": \"${Env}\"}, "
                + "\"End\": true}}}").toString();
        tasks = Cli.write(dir, "tasks.asl.json", "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", "
                + "\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Retry\": [{\"ErrorEquals\": [\"Boom\"]}], "
                + "\"End\": true}}}").toString();
        mocks = Cli.write(dir, "mocks.json", "{\"StateMachines\": {\"tasks\": {\"TestCases\": {\"Happy\": {\"T\": "
                + "\"Flaky\"}}}}, \"MockedResponses\": {\"Flaky\": {\"0\": {\"Throw\": {\"Error\": \"Boom\", \"Cause\": "
                + "\"x\"}}, \"1\": {\"Return\": {\"Payload\": 1}}}}}").toString();
        input = Cli.write(dir, "input.json", "{\"who\": \"file\"}").toString();
    }

    @Test
    void casesAndValidateWithOnlyFilesPrintWhatTheFullParserPrints() {
        // given
        Path good = Cli.write(dir, "good.json", "{\"name\": \"good\", \"definition\": {\"StartAt\": \"P\", \"States\":"
                + " {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"input\": {\"a\": 1}}");
        Path bad = Cli.write(dir, "bad.asl.json", "{\"StartAt\": \"Nope\", \"States\": {}}");
        // when / then
        for (Object[] args : new Object[][] {{"cases", good, dir}, {"validate", good, bad}}) {
            Cli.Result lean = Cli.runLean(args);
            Cli.Result full = Cli.run(args);
            assertThat(lean).isEqualTo(full);
        }
    }

    /** Every command line the lean path takes prints what picocli's path prints, errors included. */
    @Test
    void runCommandLinesPrintWhatTheFullParserPrints() {
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {"run", definition});
        lines.add(new Object[] {"run", definition, "--input", "{\"who\": \"inline\"}", "--seed", "42"});
        lines.add(new Object[] {"run", "--input=@" + input, definition, "--history", "--seed=-7"});
        lines.add(new Object[] {"run", definition, "--substitute", "Env=prod", "--substitute", "Other=a=b"});
        lines.add(new Object[] {"run", tasks, "--mock-config", mocks, "--test-case", "Happy", "--history"});
        lines.add(new Object[] {"run", tasks, "--mock-config", mocks, "--test-case", "Missing"});
        lines.add(new Object[] {"run", tasks, "--mock-config", mocks});
        lines.add(new Object[] {"run", tasks, "--test-case", "Happy"});
        lines.add(new Object[] {"run", tasks});
        lines.add(new Object[] {"run", tasks, "--state-machine", "other", "--mock-config", mocks, "--test-case", "Happy"});
        lines.add(new Object[] {"run", definition, "--input", "{not json"});
        lines.add(new Object[] {"run", tasks, "--type", "EXPRESS", "--mock-config", mocks, "--test-case", "Happy"});
        lines.add(new Object[] {"run", tasks, "--type=STANDARD", "--mock-config", mocks, "--test-case", "Happy"});
        lines.add(new Object[] {"run", definition, "--input", "@" + dir.resolve("absent.json")});
        lines.add(new Object[] {"run", dir.resolve("absent.asl.json")});
        lines.add(new Object[] {"run", input});
        for (Object[] args : lines) {
            Cli.Result lean = Cli.runLean(args);

            assertThat(lean).as(String.join(" ", strings(args))).isNotNull().isEqualTo(Cli.run(args));
        }
    }

    @Test
    void optionsHelpAndOtherCommandsGoToTheFullParser() {
        assertThat(Cli.runLean("cases", "--help")).isNull();
        assertThat(Cli.runLean("validate")).isNull();
        assertThat(Cli.runLean("graph", definition)).isNull();
        for (Object[] args : new Object[][] {{"run"}, {"run", "--help"}, {"run", definition, definition},
            {"run", definition, "--input"}, {"run", definition, "--input", "-1"}, {"run", definition, "--seed", "010"},
            {"run", definition, "--seed", "0x10"}, {"run", definition, "--seed", "+1"}, {"run", definition, "--seed", "x"},
            {"run", definition, "--input", "{}", "--input", "{}"}, {"run", definition, "--history", "--history"},
            {"run", definition, "--history=true"}, {"run", definition, "--substitute", "NoEquals"},
            {"run", definition, "--substitute", "=v"}, {"run", definition, "--unknown", "x"}, {"run", "--", definition},
            {"run", "@args.txt"}, {"run", "-"}, {"run", definition, "--type", "express"},
            {"run", definition, "--type", "OTHER"}}) {
            assertThat(Cli.runLean(args)).as(String.join(" ", strings(args))).isNull();
        }
    }

    @Test
    void everyDeclinedRunLineStillWorksThroughTheFullParser() {
        Cli.Result octalSeed = Cli.run("run", definition, "--seed", "010", "--input", "{\"who\": \"x\"}");
        Cli.Result repeated = Cli.run("run", definition, "--input", "{}", "--input", "{}");

        assertThat(octalSeed.exit()).as(octalSeed.err()).isZero();
        assertThat(repeated.exit()).isEqualTo(SfnTestCli.USAGE);
        assertThat(repeated.err()).contains("--input");
    }

    private static String[] strings(Object[] args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return strings;
    }
}
