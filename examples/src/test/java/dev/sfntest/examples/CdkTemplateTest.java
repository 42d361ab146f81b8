package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TemplateDefinition;
import dev.sfntest.asl.Templates;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.TaskMocks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A state machine from a CDK app's synthesized template ({@code cdk.out/OrderStack.template.json}):
 * the {@code Fn::Join} CDK writes is evaluated, the Lambda function's {@code Fn::GetAtt} and the
 * table's {@code Ref} become placeholders named after them, and CDK's hashed logical id may be
 * given without its hash.
 */
class CdkTemplateTest {
    @Test
    void aPaidOrderIsRecorded() throws Exception {
        // snippet:template-core
        TemplateDefinition taken = Templates.read(Path.of("src/test/resources/templates/cdk/OrderStack.template.json"),
                "OrderStateMachine", Map.of("OrdersTable3C2D5E8F", "orders"));
        StateMachine machine = taken.build(); // taken.warnings(): ${ChargeFn6F8E2A71.Arn} is left as written

        ExecutionResult result = Engine.builder()
                .taskHandler(TaskMocks.of(
                        TaskMocks.forState("Charge").returns("{\"Payload\": {\"chargeId\": \"ch-9\"}}"),
                        TaskMocks.forState("Record").returns("{}")))
                .build()
                .execute(machine, Json.parse("{\"orderId\": \"o-9\"}"));
        // end-snippet

        assertThatExecution(result).succeeded().hasOutput("{\"orderId\": \"o-9\", \"charge\": {\"chargeId\": \"ch-9\"}}");
        assertThat(taken.logicalId()).isEqualTo("OrderStateMachine5A0C9B1E");
        assertThat(machine.source().at("/States/Record/Parameters/TableName").textValue()).isEqualTo("orders");
        assertThat(taken.warnings()).extracting(w -> w.message()).containsExactly(
                "Fn::GetAtt ChargeFn6F8E2A71.Arn cannot be resolved offline, so it is the placeholder "
                        + "${ChargeFn6F8E2A71.Arn}; supply a substitution ChargeFn6F8E2A71.Arn=VALUE");
    }
}
