package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTrainingTest {
    @TempDir
    Path folder;

    /** Every training command ends as expected: a broken training file would leave classes out of the archive. */
    @Test
    void everyTrainingCommandBehaves() throws IOException {
        ClassDataTraining.copyFiles(folder);

        assertThat(ClassDataTraining.train(folder)).isZero();
    }

    /** The bundled cases end as written: the JSONPath tour fails at its Fail state, the JSONata tour succeeds. */
    @Test
    void theToursRunToTheirEnds() throws IOException {
        ClassDataTraining.copyFiles(folder);

        Cli.Result result = Cli.run("cases", folder.resolve("tour-jsonpath.json").toString(),
                folder.resolve("tour-jsonata.json").toString());

        assertThat(result.out().lines()).satisfiesExactly(
                line -> assertThat(line).contains("\"status\":\"FAILED\"", "\"error\":\"Tour.Failed\""),
                line -> assertThat(line).contains("\"status\":\"SUCCEEDED\"", "\"total\":13"));
    }
}
