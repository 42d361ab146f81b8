package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** The builder's account and region (Step Functions Local's {@code AWS_ACCOUNT_ID}, {@code AWS_DEFAULT_REGION}) in every ARN. */
class AccountAndRegionTest {
    static final String PREFIX = "arn:aws:states:eu-central-1:210987654321:";

    final ServerFixture fixture = new ServerFixture(builder -> builder.account("210987654321").region("eu-central-1"));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void state_machines_executions_activities_and_map_runs_carry_them() throws Exception {
        String machine = fixture.create("Ids", """
                {"StartAt": "Ids", "States": {"Ids": {"Type": "Pass", "Parameters": {"id.$": "$$.Execution.Id",
                  "role.$": "$$.Execution.RoleArn"}, "ResultPath": "$.ids", "Next": "Each"},
                  "Each": {"Type": "Map", "Label": "Each", "ResultPath": null, "ItemsPath": "$.items", "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""");

        String execution = fixture.start(machine, "e", "{\"items\": [1]}");
        JsonNode ids = Json.parse(fixture.awaitEnd(execution).output()).path("ids");

        assertThat(machine).isEqualTo(PREFIX + "stateMachine:Ids");
        assertThat(execution).isEqualTo(PREFIX + "execution:Ids:e");
        assertThat(ids.path("id").asText()).isEqualTo(execution);
        assertThat(ids.path("role").asText()).isEqualTo("arn:aws:iam::210987654321:role/service-role/StepFunctions-Ids-role");
        assertThat(fixture.sfn.listMapRuns(b -> b.executionArn(execution)).mapRuns().get(0).mapRunArn())
                .startsWith(PREFIX + "mapRun:Ids/Each:");
        assertThat(fixture.sfn.createActivity(b -> b.name("Work")).activityArn()).isEqualTo(PREFIX + "activity:Work");
        assertThat(fixture.start(fixture.create("Fast", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", "
                + "\"End\": true}}}", StateMachineType.EXPRESS), "x", "{}")).startsWith(PREFIX + "express:Fast:x:");
        assertThat(fixture.sfn.describeStateMachine(b -> b.stateMachineArn(machine)).stateMachineArn()).isEqualTo(machine);
    }
}
