package dev.sfntest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.mock.MockedResponses;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The core API without the JUnit 5 extension: load, mock from MockedResponses, execute. */
class HelloTest {
    @Test
    void aLargeOrderWaitsADayThenIsCharged() throws Exception {
        StateMachine machine = Definitions.load(Path.of("src/test/resources/hello/hello.asl.json"));
        Engine engine = Engine.builder()
                .taskHandler(MockedResponses.parse(Json.parse("""
                        {"ChargeCard": {"0": {"Return": {"StatusCode": 200, "Payload": {"chargeId": "ch-1001"}}}}}
                        """)))
                .build();

        ExecutionResult result = engine.execute(machine, Json.parse("{\"orderId\": \"order-42\", \"amount\": 250}"));

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().at("/charge/chargeId").asText()).isEqualTo("ch-1001");
        assertThat(result.duration()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aDeclinedCardFailsTheExecution() throws Exception {
        StateMachine machine = Definitions.load(Path.of("src/test/resources/hello/hello.asl.json"));
        Engine engine = Engine.builder()
                .taskHandler(MockedResponses.parse(Json.parse("""
                        {"ChargeCard": {"0": {"Throw": {"Error": "CardDeclined", "Cause": "The card was declined"}}}}
                        """)))
                .build();

        ExecutionResult result = engine.execute(machine, Json.parse("{\"orderId\": \"order-7\", \"amount\": 20}"));

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("CardDeclined");
        assertThat(result.duration()).isZero();
    }
}
