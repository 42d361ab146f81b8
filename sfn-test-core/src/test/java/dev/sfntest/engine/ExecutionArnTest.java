package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code $$.Execution.Id}: the standard and EXPRESS forms AWS gives, and an ARN the caller forms. */
class ExecutionArnTest {
    static final StateMachine ID = Definitions.build(json("""
            {'StartAt': 'Id', 'States': {'Id': {'Type': 'Pass', 'Parameters': {'id.$': '$$.Execution.Id'},
              'OutputPath': '$.id', 'End': true}}}"""));

    static String idOf(Engine.Builder builder) {
        return builder.stateMachineName("Shop").executionName("e1").build().execute(ID, json("{}")).output().asText();
    }

    @Nested
    class Formed {
        @Test
        void an_express_execution_has_an_express_arn_with_an_id_drawn_from_the_names_and_seed() {
            // when
            String id = idOf(Engine.builder().type(StateMachineType.EXPRESS));

            // then
            assertThat(id).matches(java.util.regex.Pattern.quote("arn:aws:states:us-east-1:123456789012:express:Shop:e1:")
                    + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(idOf(Engine.builder().type(StateMachineType.EXPRESS))).isEqualTo(id);
            assertThat(idOf(Engine.builder().type(StateMachineType.EXPRESS).seed(7))).isNotEqualTo(id);
        }

        @Test
        void a_standard_execution_has_the_execution_form() {
            // when / then
            assertThat(idOf(Engine.builder())).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Shop:e1");
        }
    }

    @Nested
    class Given {
        @Test
        void the_callers_arn_is_the_context_objects() {
            // given
            String arn = "arn:aws:states:us-east-1:123456789012:express:Shop:e1:00000000-0000-0000-0000-000000000001";

            // when / then
            assertThat(idOf(Engine.builder().type(StateMachineType.EXPRESS).executionArn(arn))).isEqualTo(arn);
        }

        @Test
        void refuses_what_is_no_arn() {
            // when / then
            assertThatThrownBy(() -> Engine.builder().executionArn("e1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("executionArn must be an ARN (arn:...), was 'e1'");
        }
    }
}
