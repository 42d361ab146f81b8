package dev.sfntest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.SfnTestException;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.MockedResponses;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/** Every public method taking a {@code JsonNode} has a {@code String} overload that throws unchecked exceptions. */
class JsonTextOverloadsTest {
    private static StateMachine pass() throws Exception {
        return Definitions.build(Json.parse("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}"));
    }

    @Test
    void executeTakesJsonText() throws Exception {
        assertThat(Engine.builder().build().execute(pass(), "{\"a\": 1}").output()).isEqualTo(Json.parse("{\"a\": 1}"));
    }

    @Test
    void executeRefusesTextThatIsNotJsonWithAnUncheckedException() throws Exception {
        StateMachine machine = pass();
        assertThatThrownBy(() -> Engine.builder().build().execute(machine, "{a: 1}"))
                .isExactlyInstanceOf(SfnTestException.class)
                .hasMessageStartingWith("The execution input is not JSON: ")
                .hasMessageContaining("1:2");
    }

    @Test
    void startAndSendTaskSuccessTakeJsonText() throws Exception {
        StateMachine machine = Definitions.build(Json.parse("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": "
                + "\"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\", \"Parameters\": "
                + "{\"QueueUrl\": \"q\", \"MessageBody\": {\"token.$\": \"$$.Task.Token\"}}, \"End\": true}}}"));
        Execution execution = Engine.builder()
                .taskHandler(TaskMocks.of(TaskMocks.forState("T").holdsToken())).build().start(machine, "{}");
        execution.sendTaskSuccess(execution.pendingTasks().get(0).token(), "{\"done\": true}");
        assertThat(execution.runToEnd().result().output()).isEqualTo(Json.parse("{\"done\": true}"));
        assertThatThrownBy(() -> execution.sendTaskSuccess("t", "nope"))
                .isInstanceOf(SfnTestException.class)
                .hasMessageStartingWith("The task output is not JSON: ");
    }

    @Test
    void taskOutcomeAndResponsesTakeJsonText() throws Exception {
        assertThat(TaskOutcome.success("[1]")).isEqualTo(TaskOutcome.success(Json.parse("[1]")));
        assertThat(LambdaResponses.invoke("{\"x\": 1}")).isEqualTo(LambdaResponses.invoke(Json.parse("{\"x\": 1}")));
        assertThat(ServiceResponses.dynamoDbGetItem("{\"pk\": {\"S\": \"a\"}}"))
                .isEqualTo(ServiceResponses.dynamoDbGetItem(Json.parse("{\"pk\": {\"S\": \"a\"}}")));
        assertThat(MockedResponses.parse("{\"A\": {\"0\": {\"Return\": 1}}}").stateNames()).containsExactly("A");
        assertThatThrownBy(() -> MockedResponses.parse("{\"A\": }"))
                .isInstanceOf(InvalidMockException.class)
                .hasMessageStartingWith("The mocks have text that is not JSON: ");
    }
}
