package dev.sfntest.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Case runs use the same mocks as JUnit tests: strictness as warnings, near misses in errors. */
class CaseRunnerTest {
    private static final String TASK = "{'StartAt': 'Charge', 'States': {'Charge': {'Type': 'Task', 'Resource': "
            + "'arn:aws:lambda:us-east-1:123456789012:function:charge', 'End': true}}}";

    private static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static CaseFile caseWithMocks(String mocks) {
        return new CaseFile("charge", json(TASK), json("{}"), json(mocks), dev.sfntest.engine.StateMachineType.STANDARD,
                null);
    }

    @Test
    void mocksNotUsedUpAreWarnings() {
        List<String> warnings = new ArrayList<>();
        CaseResult result = CaseRunner.run(caseWithMocks("{'Charge': {'0-2': {'Return': {'id': 1}}}}"), warnings::add);
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(warnings).containsExactly(
                "unused mock: TaskMock for state 'Charge': attempt 0 ran, but the script has 3 responses");
    }

    @Test
    void anUnmockedTaskIsAnErrorWithTheClosestMockAndACaseFileHint() {
        CaseResult result = CaseRunner.run(caseWithMocks("{'Charg': {'0': {'Return': {}}}}"));
        assertThat(result.status()).isEqualTo("ERROR");
        assertThat(result.message()).isEqualTo("The Task state 'Charge' (resource "
                + "arn:aws:lambda:us-east-1:123456789012:function:charge, attempt 0) has no mocked response.\n"
                + "  input: {}\n"
                + "  closest mocks:\n"
                + "    - TaskMock for state 'Charg': the name differs by 1 character\n"
                + "  Mock it by state name, for example {\"Charge\": {\"0\": {\"Return\": {}}}}.");
    }
}
