package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import org.junit.jupiter.api.Test;

class AccountAndRegionTest {
    @Test
    void the_context_object_and_map_runs_use_the_configured_account_and_region() {
        Engine engine = Engine.builder().account("210987654321").region("eu-west-1").stateMachineName("Shop")
                .executionName("e1").build();
        Execution execution = engine.start(Definitions.build(json("""
                {'StartAt': 'Ids', 'States': {
                  'Ids': {'Type': 'Pass', 'Parameters': {'id.$': '$$.Execution.Id', 'role.$': '$$.Execution.RoleArn',
                    'machine.$': '$$.StateMachine.Id'}, 'ResultPath': '$.ids', 'Next': 'Each'},
                  'Each': {'Type': 'Map', 'ItemsPath': '$.items', 'ResultPath': null, 'ItemProcessor': {
                    'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}""")),
                json("{'items': []}")).runToEnd();

        assertThat(execution.result().output().get("ids")).isEqualTo(json("""
                {'id': 'arn:aws:states:eu-west-1:210987654321:execution:Shop:e1',
                 'role': 'arn:aws:iam::210987654321:role/service-role/StepFunctions-Shop-role',
                 'machine': 'arn:aws:states:eu-west-1:210987654321:stateMachine:Shop'}"""));
        assertThat(execution.mapRuns().get(0).mapRunArn()).startsWith("arn:aws:states:eu-west-1:210987654321:mapRun:");
    }

    @Test
    void refuses_an_account_that_is_not_12_digits_and_a_region_that_is_not_one() {
        assertThatThrownBy(() -> Engine.builder().account("42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account must be 12 digits, was '42'");
        assertThatThrownBy(() -> Engine.builder().region("Europe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region must look like eu-west-1, was 'Europe'");
    }
}
