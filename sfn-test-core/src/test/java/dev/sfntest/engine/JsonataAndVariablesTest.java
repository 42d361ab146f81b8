package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.events;
import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonataAndVariablesTest {
    private static final String JSONATA = "'QueryLanguage': 'JSONata', ";

    @Nested
    class StatesVariable {
        @Test
        void inputAndContextAreVisibleEverywhere() {
            String definition = "{" + JSONATA + "'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Output': {"
                    + "'a': '{% $states.input.a %}', 'state': '{% $states.context.State.Name %}'}, 'End': true}}}";
            assertThat(run(definition, "{'a': 1}").output()).isEqualTo(json("{'a': 1, 'state': 'P'}"));
        }

        @Test
        void resultIsVisibleInOutputAndAssignOfATask() {
            String definition = "{" + JSONATA + "'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': "
                    + "'arn:aws:states:::lambda:invoke', 'Arguments': {'n': '{% $states.input.n * 2 %}'},"
                    + " 'Output': '{% $states.result.Payload %}', 'Assign': {'seen': '{% $states.result.Payload %}'},"
                    + " 'Next': 'P'}, 'P': {'Type': 'Pass', 'Output': '{% $seen %}', 'End': true}}}";
            ExecutionResult result = run(definition, "{'n': 4}", "{'T': {'0': {'Return': {'Payload': 'ok'}}}}");
            assertThat(result.output()).isEqualTo(json("'ok'"));
            EventDetails.TaskScheduled scheduled = (EventDetails.TaskScheduled) events(result,
                    HistoryEventType.TaskScheduled).get(0).details();
            assertThat(scheduled.parameters()).isEqualTo(json("{'n': 8}"));
        }

        @Test
        void errorOutputIsVisibleInACatcher() {
            String definition = "{" + JSONATA + "'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': "
                    + "'arn:aws:states:::lambda:invoke', 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'H',"
                    + " 'Output': {'why': '{% $states.errorOutput.Cause %}'}}], 'End': true},"
                    + " 'H': {'Type': 'Pass', 'End': true}}}";
            ExecutionResult result = run(definition, "{}", "{'T': {'0': {'Throw': {'Error': 'E', 'Cause': 'c'}}}}");
            assertThat(result.output()).isEqualTo(json("{'why': 'c'}"));
        }
    }

    @Nested
    class Errors {
        @Test
        void anUndefinedValueIsAQueryEvaluationErrorWithAnEvaluationFailedEvent() {
            String definition = "{" + JSONATA + "'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Output': {"
                    + "'x': '{% $states.input.nope %}'}, 'End': true}}}";
            ExecutionResult result = run(definition, "{}");
            assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the "
                    + "event id #2). The JSONata expression '$states.input.nope' specified for the field 'Output/x' "
                    + "returned nothing (undefined).");
            assertThat(events(result, HistoryEventType.EvaluationFailed)).hasSize(1);
        }

        @Test
        void aConditionThatIsNotBooleanIsAnError() {
            String definition = "{" + JSONATA + "'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': ["
                    + "{'Condition': '{% $states.input.n %}', 'Next': 'D'}], 'Default': 'D'},"
                    + " 'D': {'Type': 'Succeed'}}}";
            ExecutionResult result = run(definition, "{'n': 3}");
            assertThat(result.cause()).endsWith("The JSONata expression specified for the field "
                    + "'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean', but was "
                    + "'number' for value: 3");
        }

        @Test
        void aQueryEvaluationErrorCanBeCaught() {
            String definition = "{" + JSONATA + "'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': "
                    + "'arn:aws:states:::lambda:invoke', 'Arguments': '{% $nope %}', 'Catch': [{'ErrorEquals':"
                    + " ['States.QueryEvaluationError'], 'Next': 'H'}], 'End': true}, 'H': {'Type': 'Pass',"
                    + " 'Output': '{% $states.input %}', 'End': true}}}";
            ExecutionResult result = run(definition, "{}", "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output().get("Error").textValue()).isEqualTo("States.QueryEvaluationError");
        }

        @Test
        void expressionsAreCheckedWhenTheDefinitionLoadsWithTheirPointer() {
            String definition = "{" + JSONATA + "'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Output': {"
                    + "'x': '{% 1 + %}'}, 'End': true}}}";
            assertThatThrownBy(() -> Definitions.build(json(definition)))
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageContaining("ERROR INVALID_JSONATA /States/P/Output/x Invalid JSONata expression "
                            + "'1 +': Unexpected end of expression (at position 3)");
        }
    }

    @Nested
    class Variables {
        @Test
        void newValuesAreVisibleFromTheNextStateOnly() {
            String definition = "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Assign': {'x': 1}, 'Next': 'B'},"
                    + " 'B': {'Type': 'Pass', 'Assign': {'x': 2, 'old.$': '$x'}, 'Next': 'C'},"
                    + " 'C': {'Type': 'Pass', 'Parameters': {'x.$': '$x', 'old.$': '$old'}, 'End': true}}}";
            ExecutionResult result = run(definition, "{}");
            assertThat(result.output()).isEqualTo(json("{'x': 2, 'old': 1}"));
            EventDetails.StateExited exited = (EventDetails.StateExited) events(result,
                    HistoryEventType.PassStateExited).get(1).details();
            assertThat(exited.assignedVariables()).containsEntry("x", json("2")).containsEntry("old", json("1"));
        }

        @Test
        void aCatchersAssignReplacesTheStates() {
            String definition = "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::"
                    + "lambda:invoke', 'Assign': {'ok': true}, 'Catch': [{'ErrorEquals': ['States.ALL'],"
                    + " 'Assign': {'err.$': '$.Error'}, 'Next': 'H'}], 'End': true},"
                    + " 'H': {'Type': 'Pass', 'Parameters': {'err.$': '$err'}, 'End': true}}}";
            ExecutionResult result = run(definition, "{}", "{'T': {'0': {'Throw': {'Error': 'E'}}}}");
            assertThat(result.output()).isEqualTo(json("{'err': 'E'}"));
        }

        @Test
        void branchesReadOuterVariablesButSiblingsDoNotSeeEachOther() {
            String definition = "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Assign': {'x': 1}, 'Next': 'P'},"
                    + " 'P': {'Type': 'Parallel', 'Branches': ["
                    + "{'StartAt': 'B1', 'States': {'B1': {'Type': 'Pass', 'Assign': {'mine': 1}, 'Next': 'B1b'},"
                    + "  'B1b': {'Type': 'Wait', 'Seconds': 1, 'End': true}}},"
                    + "{'StartAt': 'B2', 'States': {'B2': {'Type': 'Wait', 'Seconds': 2, 'Next': 'B2b'},"
                    + "  'B2b': {'Type': 'Pass', 'Parameters': {'x.$': '$x', 'mine.$': '$mine'}, 'End': true}}}],"
                    + " 'End': true}}}";
            ExecutionResult result = run(definition, "{}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).endsWith("The JSONPath '$mine' specified for the field 'mine.$' could not be "
                    + "found in the input 'null'");
        }

        @Test
        void assigningAnOuterNameInsideAMapIsRejectedWhenTheDefinitionLoads() {
            String definition = "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Assign': {'total': 0},"
                    + " 'Next': 'M'}, 'M': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'I', 'States': {"
                    + "'I': {'Type': 'Pass', 'Assign': {'total': 1}, 'End': true}}}, 'End': true}}}";
            assertThatThrownBy(() -> Definitions.build(json(definition)))
                    .hasMessageContaining("ERROR VARIABLE_SCOPE /States/M/ItemProcessor/States/I/Assign/total The "
                            + "variable 'total' is assigned in an outer scope (/States/A/Assign/total); a Parallel "
                            + "branch or Map iteration may read it but not assign it. Use another name, or return "
                            + "the value in the output");
        }

        @Test
        void jsonataWaitsReadVariables() {
            String definition = "{" + JSONATA + "'StartAt': 'A', 'States': {'A': {'Type': 'Pass',"
                    + " 'Assign': {'delay': 90}, 'Next': 'W'}, 'W': {'Type': 'Wait', 'Seconds': '{% $delay %}',"
                    + " 'End': true}}}";
            assertThat(run(definition, "{}").duration()).isEqualTo(Duration.ofSeconds(90));
        }
    }
}
