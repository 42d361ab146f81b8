package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.asl.Validator;
import dev.sfntest.asl.WaitState;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.history.HistoryJson;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.MermaidDiagram;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snippets of docs/core-and-cli.md, compiled and run. */
class CoreDocsTest {
    private static final Path HELLO = Path.of("src/test/resources/hello/hello.asl.json");

    @Test
    void executeWithoutJUnitExtensions() throws Exception {
        // snippet:core-execute
        StateMachine machine = Definitions.load(HELLO);              // parsed and validated once, reusable
        TaskMocks mocks = TaskMocks.of(
                TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));
        Engine engine = Engine.builder()
                .taskHandler(mocks)
                .startInstant(Instant.parse("2025-06-01T08:00:00Z"))
                .build();

        ExecutionResult result = engine.execute(machine, Json.parse("{\"orderId\": \"o-1\", \"amount\": 250}"));

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.output().at("/charge/chargeId").asText()).isEqualTo("ch-1");
        assertThat(result.stopDate()).isEqualTo(Instant.parse("2025-06-02T08:00:00Z"));   // a virtual day later
        // end-snippet
    }

    @Test
    void readTheModel() throws Exception {
        // snippet:core-model
        StateMachine machine = Definitions.load(HELLO);
        WaitState review = (WaitState) machine.graph().state("WaitForReview");
        assertThat(review.seconds()).isEqualTo(new FieldValue.Literal(Json.parse("86400")));   // JSONPath: as written
        TaskState charge = (TaskState) machine.graph().state("ChargeCard");
        assertThat(charge.parameters().source().get("Payload.$").asText()).isEqualTo("$"); // a compiled template
        assertThat(charge.arguments()).isNull();                     // a JSONata field: absent in a JSONPath state
        // end-snippet
    }

    @Test
    void readTheHistory() throws Exception {
        StateMachine machine = Definitions.load(HELLO);
        Engine engine = Engine.builder().taskHandler(TaskMocks.of(
                TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"))).build();
        ExecutionResult result = engine.execute(machine, Json.parse("{\"orderId\": \"o-1\", \"amount\": 20}"));

        // snippet:core-history
        List<HistoryEventType> types = result.history().stream().map(HistoryEvent::type).toList();
        assertThat(types).startsWith(HistoryEventType.ExecutionStarted, HistoryEventType.PassStateEntered)
                .endsWith(HistoryEventType.ExecutionSucceeded);
        String awsShape = Json.write(HistoryJson.events(result.history()));     // as GetExecutionHistory prints it
        assertThat(awsShape).contains("\"type\":\"TaskScheduled\"");
        assertThat(ExecutionPath.of(result).enteredStates()).containsExactly("PrepareOrder", "IsLargeOrder", "ChargeCard");
        // end-snippet
    }

    @Test
    void settings() throws Exception {
        StateMachine child = Definitions.parse("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
        // snippet:core-settings
        Engine engine = Engine.builder()
                .seed(42)                                         // jitter, UUIDs, interleaving of branches
                .type(StateMachineType.EXPRESS)                   // no 25,000-event history cap
                .maxVirtualDuration(Duration.ofDays(30))          // stops runaway loops of Waits
                .stateMachineName("OrderMachine")                 // in ARNs and $$.StateMachine
                .stateMachine("Child", child)                     // run by states:startExecution tasks
                .build();
        // end-snippet
        assertThat(engine.seed()).isEqualTo(42);
    }

    @Test
    void validateAndSubstitute() {
        // snippet:core-validate
        String definition = """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "${ChargeFunction}", "Next": "Notfy"},
                  "Notify": {"Type": "Pass", "End": true}}}""";

        assertThatThrownBy(() -> Definitions.parse(definition, Map.of("ChargeFunction",
                "arn:aws:lambda:us-east-1:123456789012:function:charge")))
                .isInstanceOf(InvalidDefinitionException.class)
                .extracting(e -> ((InvalidDefinitionException) e).diagnostics().get(0))
                .isEqualTo(Diagnostic.error("UNKNOWN_TARGET", "/States/Charge/Next",
                        "'Next' names no state of this scope: 'Notfy'; did you mean 'Notify'?"));
        // end-snippet
    }

    @Test
    void anUnsubstitutedPlaceholderIsAWarning() throws Exception {
        // snippet:core-placeholder-warning
        List<Diagnostic> diagnostics = Validator.validate(Json.parse("""
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "${ChargeFunction}", "End": true}}}"""));

        assertThat(diagnostics).allMatch(diagnostic -> !diagnostic.isError());
        // end-snippet
        assertThat(diagnostics).isNotEmpty();
    }

    @Test
    void drawTheMachine() throws Exception {
        StateMachine machine = Definitions.load(HELLO);
        // snippet:core-mermaid
        String mermaid = MermaidDiagram.render(machine);               // paste into Markdown as ```mermaid
        // end-snippet
        assertThat(mermaid).startsWith("flowchart TD");
    }
}
