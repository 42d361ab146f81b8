package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.teststate.internal.JsonTexts;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One call of AWS's TestState API: a single state (or a whole state machine and the name of the
 * state to test), its input, and what to pretend happened (a mocked result or error, retries
 * already made, failed Map iterations).
 *
 * <pre>{@code
 * TestStateRequest request = TestStateRequest.builder()
 *         .definition("""
 *             {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
 *              "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
 *              "ResultSelector": {"chargeId.$": "$.Payload.id"}, "Next": "Ship"}""")
 *         .input("{\"orderId\": 42}")
 *         .mock(TestStateRequest.Mock.result("{\"Payload\": {\"id\": \"ch-1\"}, \"StatusCode\": 200}"))
 *         .inspectionLevel(InspectionLevel.DEBUG)
 *         .build();
 * TestStateResponse response = TestStates.run(request);  // SUCCEEDED, output {"chargeId": "ch-1"}, nextState Ship
 * }</pre>
 *
 * @param definition the state, or a state machine (then {@code stateName} picks the state)
 * @param stateName the state to test in a state machine definition, or {@code null}
 * @param roleArn the execution role (required for a Task state without a mock), or {@code null}
 * @param input the state's input ({@code {}} when not given)
 * @param inspectionLevel how much to report (INFO when not given)
 * @param revealSecrets whether HTTP Task data may show secrets (refused together with a mock)
 * @param mock the state's mocked result or error, or {@code null}
 * @param stateConfiguration retries made, the failing state, failed Map iterations, ItemReader data, or {@code null}
 * @param variables the workflow variables visible to the state (a JSON object), or {@code null}
 * @param context the Context object ({@code $$}) to use instead of TestState's own, or {@code null}
 */
@API(status = EXPERIMENTAL)
public record TestStateRequest(JsonNode definition, String stateName, String roleArn, JsonNode input,
        InspectionLevel inspectionLevel, boolean revealSecrets, Mock mock, StateConfiguration stateConfiguration,
        JsonNode variables, JsonNode context) {

    /** Checks the definition is present and fills the defaults (input {@code {}}, INFO). */
    public TestStateRequest {
        if (definition == null || definition.isNull() || definition.isMissingNode()) {
            throw TestStateException.validation("1 validation error detected: Value null at 'definition' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        definition = definition.deepCopy();
        input = input == null ? Json.emptyObject() : input.deepCopy();
        inspectionLevel = inspectionLevel == null ? InspectionLevel.INFO : inspectionLevel;
        variables = variables == null ? null : variables.deepCopy();
        context = context == null ? null : context.deepCopy();
    }

    /** A builder with no mock, input {@code {}} and INFO. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code mock}: the state's result, or the error it raised, instead of calling anything.
     *
     * @param result the result as JSON text (checked against the service's API model for a Task
     *     state), or {@code null}
     * @param errorOutput the error, or {@code null}
     * @param fieldValidationMode how strictly {@code result} is checked ({@code null}: STRICT)
     */
    public record Mock(String result, ErrorOutput errorOutput, FieldValidationMode fieldValidationMode) {
        /** A mocked result (JSON text), checked STRICT. */
        public static Mock result(String json) {
            return new Mock(Objects.requireNonNull(json, "result"), null, null);
        }

        /** A mocked error. */
        public static Mock error(String error, String cause) {
            return new Mock(null, new ErrorOutput(error, cause), null);
        }

        /** The same mock, checked with {@code mode}. */
        public Mock withFieldValidationMode(FieldValidationMode mode) {
            return new Mock(result, errorOutput, mode);
        }
    }

    /**
     * {@code mock.errorOutput}.
     *
     * @param error the error name, or {@code null}
     * @param cause the cause, or {@code null}
     */
    public record ErrorOutput(String error, String cause) {
    }

    /**
     * {@code stateConfiguration}: the situation the state is tested in.
     *
     * @param retrierRetryCount retries already made by the Retry that matches the mocked error, or {@code null}
     * @param errorCausedByState the state inside a Map or Parallel that raised the mocked error, or {@code null}
     * @param mapIterationFailureCount Map iterations that failed, or {@code null}
     * @param mapItemReaderData the data a Distributed Map's ItemReader read (text), or {@code null}
     */
    public record StateConfiguration(Integer retrierRetryCount, String errorCausedByState,
            Integer mapIterationFailureCount, String mapItemReaderData) {
    }

    /** Builds a {@link TestStateRequest}; JSON can be given as text or as a tree. */
    public static final class Builder {
        private JsonNode definition;
        private String stateName;
        private String roleArn;
        private JsonNode input;
        private InspectionLevel inspectionLevel;
        private boolean revealSecrets;
        private Mock mock;
        private StateConfiguration stateConfiguration;
        private JsonNode variables;
        private JsonNode context;

        private Builder() {
        }

        /**
         * The state or state machine, as JSON text.
         *
         * @throws TestStateException (InvalidDefinition) when it does not parse
         */
        public Builder definition(String json) {
            this.definition = JsonTexts.definition(json);
            return this;
        }

        /** The state or state machine. */
        public Builder definition(JsonNode tree) {
            this.definition = tree;
            return this;
        }

        /** The state to test inside a state machine definition. */
        public Builder stateName(String name) {
            this.stateName = name;
            return this;
        }

        /** The execution role's ARN. */
        public Builder roleArn(String arn) {
            this.roleArn = arn;
            return this;
        }

        /**
         * The input, as JSON text.
         *
         * @throws TestStateException when it does not parse
         */
        public Builder input(String json) {
            this.input = JsonTexts.text(json, "input");
            return this;
        }

        /** The input. */
        public Builder input(JsonNode tree) {
            this.input = tree;
            return this;
        }

        /** INFO, DEBUG or TRACE. */
        public Builder inspectionLevel(InspectionLevel level) {
            this.inspectionLevel = level;
            return this;
        }

        /** Whether secrets may be shown. */
        public Builder revealSecrets(boolean reveal) {
            this.revealSecrets = reveal;
            return this;
        }

        /** The mocked result or error. */
        public Builder mock(Mock value) {
            this.mock = value;
            return this;
        }

        /** The situation the state is tested in. */
        public Builder stateConfiguration(StateConfiguration value) {
            this.stateConfiguration = value;
            return this;
        }

        /**
         * The variables, as JSON text of an object.
         *
         * @throws TestStateException when it does not parse
         */
        public Builder variables(String json) {
            this.variables = JsonTexts.text(json, "variables");
            return this;
        }

        /** The variables, a JSON object. */
        public Builder variables(JsonNode tree) {
            this.variables = tree;
            return this;
        }

        /**
         * The Context object, as JSON text.
         *
         * @throws TestStateException when it does not parse
         */
        public Builder context(String json) {
            this.context = JsonTexts.text(json, "context");
            return this;
        }

        /** The Context object. */
        public Builder context(JsonNode tree) {
            this.context = tree;
            return this;
        }

        /**
         * The request.
         *
         * @throws TestStateException when no definition was given
         */
        public TestStateRequest build() {
            return new TestStateRequest(definition, stateName, roleArn, input, inspectionLevel, revealSecrets, mock,
                    stateConfiguration, variables, context);
        }
    }
}
