package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/** TestState over the wire: core's offline TestState behind the AWS SDK's own call. */
class TestStateActionTest {
    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void tests_one_state_with_inspection_data() {
        TestStateResponse response = fixture.sfn.testState(b -> b
                .definition("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"$.a\"}, \"Next\": \"After\"}")
                .input("{\"a\": 1}").inspectionLevel(InspectionLevel.DEBUG));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(response.output()).isEqualTo("{\"x\":1}");
        assertThat(response.nextState()).isEqualTo("After");
        assertThat(response.inspectionData().afterParameters()).isEqualTo("{\"x\":1}");
    }

    @Test
    void a_mocked_error_is_caught_as_aws_says() {
        TestStateResponse response = fixture.sfn.testState(b -> b
                .definition("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", "
                        + "\"Parameters\": {\"FunctionName\": \"f\"}, "
                        + "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Handle\"}], \"End\": true}")
                .mock(m -> m.errorOutput(e -> e.error("Lambda.ServiceException").cause("down"))));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(response.nextState()).isEqualTo("Handle");
        assertThat(response.error()).isEqualTo("Lambda.ServiceException");
    }

    @Test
    void refuses_what_aws_refuses_with_its_code() {
        failure(() -> fixture.sfn.testState(b -> b.definition("{\"StartAt\": \"A\", \"States\": {\"A\": "
                + "{\"Type\": \"Pass\", \"End\": true}}}").stateName("B")), "ValidationException",
                "State not found in definition");
    }
}
