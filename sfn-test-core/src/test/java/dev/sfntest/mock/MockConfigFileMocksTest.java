package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.service.FieldValidationMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link MockConfigFile#mocks}: the one way a test case becomes mocks, for JUnit, the CLI and case runs. */
class MockConfigFileMocksTest {
    private static final String FILE = """
            {"StateMachines": {
               "order": {"TestCases": {"HappyPath": {"Charge": "Charged"}}},
               "refund": {"TestCases": {"HappyPath": {"Charge": "Refunded"}}}},
             "MockedResponses": {
               "Charged": {"0": {"Return": {"id": "ch-1"}}, "1": {"Return": {"id": "ch-2"}}},
               "Refunded": {"0": {"Return": {"id": "re-1"}, "FieldValidationMode": "NONE"}}}}
            """;

    @Nested
    class Mocks {
        @Test
        void aTestCaseRunsAsStrictRecordingTaskMocks() {
            // given
            TaskMocks mocks = MockConfigFile.parse(FILE).mocks("order", "HappyPath");
            // when
            var result = run(MockFixture.task("Charge", MockFixture.INVOKE, ""), "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("{'id': 'ch-1'}"));
            assertThat(mocks.recorded().forState("Charge").count()).isEqualTo(1);
            assertThatThrownBy(mocks::verifyAllUsed)
                    .isInstanceOf(UnusedMockException.class)
                    .hasMessage("1 mock was not used up (mark a mock lenient() if that is expected):\n"
                            + "  - TaskMock for state 'Charge': attempt 0 ran, but the script has 2 responses");
        }

        @Test
        void aResponsesOwnFieldValidationModeIsKept() {
            TaskMocks mocks = MockConfigFile.parse(FILE).mocks("refund", "HappyPath");
            assertThat(mocks.toMockedResponses()).isEqualTo(
                    json("{'Charge': {'0': {'Return': {'id': 're-1'}, 'FieldValidationMode': 'NONE'}}}"));
            // a bare result for lambda:invoke passes only because the response says NONE
            assertThat(MockFixture.runChecked(MockFixture.task("Charge", MockFixture.INVOKE,
                    ", 'Parameters': {'FunctionName': 'f'}"), "{}", mocks).succeeded()).isTrue();
        }

        @Test
        void textThatIsNotJsonIsAnInvalidMock() {
            assertThatThrownBy(() -> MockConfigFile.parse("{\"StateMachines\": }"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessageStartingWith("The MockConfigFile has text that is not JSON: ");
        }
    }

    @Nested
    class StateMachineName {
        private final MockConfigFile file = MockConfigFile.parse(FILE);

        @Test
        void theDefinitionsNameWhenTheFileHasIt() {
            assertThat(file.stateMachineName("refund")).isEqualTo("refund");
        }

        @Test
        void theOnlyOneWhateverTheDefinitionsName() {
            MockConfigFile single = MockConfigFile.parse("{\"StateMachines\": {\"order\": {\"TestCases\": {}}}}");
            assertThat(single.stateMachineName("checkout")).isEqualTo("order");
            assertThat(single.stateMachineName(null)).isEqualTo("order");
        }

        @Test
        void severalNoneNamedAsTheDefinitionIsRefused() {
            assertThatThrownBy(() -> file.stateMachineName("checkout"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("The MockConfigFile defines the state machines [order, refund], none named 'checkout' "
                            + "as the definition; choose one by name");
            assertThatThrownBy(() -> file.stateMachineName(null))
                    .hasMessage("The MockConfigFile defines the state machines [order, refund]; choose one by name");
        }
    }

    @Test
    void modesAreUnchangedForMocksWithoutOne() {
        assertThat(TaskMocks.of(TaskMocks.forState("A").returns("1")).fieldValidation(FieldValidationMode.PRESENT)
                .toMockedResponses()).isEqualTo(json("{'A': {'0': {'Return': 1}}}"));
    }
}
