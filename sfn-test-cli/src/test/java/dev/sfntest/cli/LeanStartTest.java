package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeanStartTest {
    @TempDir
    Path dir;

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

    @Test
    void optionsHelpAndOtherCommandsGoToTheFullParser() {
        assertThat(Cli.runLean("cases", "--help")).isNull();
        assertThat(Cli.runLean("run", "x.json")).isNull();
        assertThat(Cli.runLean("validate")).isNull();
        assertThat(Cli.runLean("run", "x.json", "--input", "@in.json")).isNull();
    }
}
