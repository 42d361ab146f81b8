package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** EXPRESS state machines: AWS's {@code express:} execution ARNs, StartSyncExecution's fields, what AWS refuses. */
class ExpressTest {
    static final String WAIT_TWO_SECONDS = """
            {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 2, "End": true}}}""";
    static final String QUICK = """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";

    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void start_execution_answers_an_express_arn_as_aws_forms_it() {
        String machine = fixture.create("Fast", QUICK, StateMachineType.EXPRESS);

        String first = fixture.start(machine, "run", "{}");
        String second = fixture.start(machine, "run", "{}");

        assertThat(first).matches(java.util.regex.Pattern.quote(PREFIX + "express:Fast:run:")
                + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(second).startsWith(PREFIX + "express:Fast:run:").isNotEqualTo(first); // names may repeat
    }

    @Test
    void start_sync_execution_answers_aws_fields_with_billing_details() {
        String machine = fixture.create("Fast", WAIT_TWO_SECONDS, StateMachineType.EXPRESS);

        StartSyncExecutionResponse response = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(machine)
                .name("sync").input("{\"a\": 1}"));

        assertThat(response.executionArn()).startsWith(PREFIX + "express:Fast:sync:");
        assertThat(response.stateMachineArn()).isEqualTo(machine);
        assertThat(response.name()).isEqualTo("sync");
        assertThat(response.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(response.input()).isEqualTo("{\"a\":1}");
        assertThat(response.inputDetails().included()).isTrue();
        assertThat(response.output()).isEqualTo("{\"a\":1}");
        assertThat(response.billingDetails().billedMemoryUsedInMB()).isEqualTo(64);
        assertThat(response.billingDetails().billedDurationInMilliseconds()).isEqualTo(2000); // virtual time
    }

    @Test
    void the_context_object_names_the_express_arn_that_start_sync_execution_answers() {
        String machine = fixture.create("Fast", """
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"id.$": "$$.Execution.Id",
                  "name.$": "$$.Execution.Name"}, "End": true}}}""", StateMachineType.EXPRESS);

        StartSyncExecutionResponse first = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(machine).name("sync"));
        StartSyncExecutionResponse second = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(machine).name("sync"));

        assertThat(first.executionArn()).startsWith(PREFIX + "express:Fast:sync:");
        assertThat(first.output()).isEqualTo("{\"id\":\"" + first.executionArn() + "\",\"name\":\"sync\"}");
        assertThat(second.output()).contains(second.executionArn()).doesNotContain(first.executionArn());
    }

    @Test
    void describe_execution_and_history_of_an_express_execution_are_refused_as_aws_refuses_them() {
        String arn = fixture.start(fixture.create("Fast", QUICK, StateMachineType.EXPRESS), "run", "{}");
        String message = "Invalid Arn: 'Resource type not valid in this context: express'";

        failure(() -> fixture.sfn.describeExecution(b -> b.executionArn(arn)), "InvalidArn", message);
        failure(() -> fixture.sfn.getExecutionHistory(b -> b.executionArn(arn)), "InvalidArn", message);
        failure(() -> fixture.sfn.redriveExecution(b -> b.executionArn(arn)), "InvalidArn", message);
    }

    @Test
    void list_executions_of_an_express_machine_is_not_supported() {
        String machine = fixture.create("Fast", QUICK, StateMachineType.EXPRESS);

        failure(() -> fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)), "StateMachineTypeNotSupported",
                "This operation is not supported by this type of state machine");
    }
}
