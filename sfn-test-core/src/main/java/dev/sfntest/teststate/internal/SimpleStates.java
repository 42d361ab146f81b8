package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.PassState;
import dev.sfntest.data.DynamicValue;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.internal.ChoiceConditions;
import dev.sfntest.engine.internal.ChoiceEvaluator;
import dev.sfntest.engine.internal.FailPaths;
import dev.sfntest.teststate.TestStateStatus;
import java.util.Map;

/** Pass, Choice, Succeed, Wait and Fail states under TestState: their data flow, and no waiting. */
final class SimpleStates {
    private SimpleStates() {
    }

    static Ending pass(StateData data, PassState pass, Inspection inspection) {
        String next = data.state.common().next();
        if (data.isJsonata()) {
            JsonNode output = data.jsonata(data.state.common().output(), "Output", null);
            inspection.assigned(data.variables(), data.assignments(data.state.common().assign(), "Assign", null, null));
            return Ending.succeeded(output != null ? output : data.rawInput, next);
        }
        JsonNode result;
        if (pass.result() != null) {
            result = pass.result();
            inspection.result = result;
        } else {
            JsonNode effective = data.select(data.state.common().inputPath(), data.rawInput);
            inspection.afterInputPath = effective;
            result = pass.parameters() != null ? data.evaluate(pass.parameters(), effective) : effective;
            inspection.afterParameters = result;
        }
        inspection.afterResultSelector = result;
        Map<String, JsonNode> assigned = data.assignments(data.state.common().assign(), "Assign", result, null);
        JsonNode placed = data.placeResult(pass.resultPath(), result);
        inspection.afterResultPath = placed;
        inspection.assigned(data.variables(), assigned);
        return Ending.succeeded(data.select(data.state.common().outputPath(), placed), next);
    }

    /** Succeed and Wait: the input passes through (a Wait state does not wait under TestState). */
    static Ending passThrough(StateData data, Inspection inspection) {
        String next = data.state.common().next();
        if (data.isJsonata()) {
            JsonNode output = data.jsonata(data.state.common().output(), "Output", null);
            inspection.assigned(data.variables(), data.assignments(data.state.common().assign(), "Assign", null, null));
            return Ending.succeeded(output != null ? output : data.rawInput, next);
        }
        JsonNode effective = data.select(data.state.common().inputPath(), data.rawInput);
        inspection.afterInputPath = effective;
        inspection.assigned(data.variables(), data.assignments(data.state.common().assign(), "Assign", effective, null));
        return Ending.succeeded(data.select(data.state.common().outputPath(), effective), next);
    }

    static Ending choice(StateData data, ChoiceState choice, Inspection inspection) {
        JsonNode effective = data.rawInput;
        if (!data.isJsonata()) {
            effective = data.select(data.state.common().inputPath(), data.rawInput);
            inspection.afterInputPath = effective;
        }
        int matched = data.isJsonata() ? firstCondition(data, choice) : firstRule(data, choice, effective);
        if (matched < 0 && choice.defaultNext() == null) {
            throw new StatesException(ErrorNames.NO_CHOICE_MATCHED, "No Matches!");
        }
        ChoiceBranch branch = matched < 0 ? null : choice.choices().get(matched);
        String next = branch == null ? choice.defaultNext() : branch.next();
        boolean ruleAssigns = branch != null && branch.assign() != null;
        inspection.assigned(data.variables(), ruleAssigns
                ? data.assignments(branch.assign(), "Choices[" + matched + "]/Assign", effective, null)
                : data.assignments(choice.common().assign(), "Assign", effective, null));
        if (!data.isJsonata()) {
            return Ending.succeeded(data.select(data.state.common().outputPath(), effective), next);
        }
        JsonNode output = branch != null && branch.output() != null
                ? data.jsonata(branch.output(), "Choices[" + matched + "]/Output", null)
                : data.jsonata(data.state.common().output(), "Output", null);
        return Ending.succeeded(output != null ? output : data.rawInput, next);
    }

    private static int firstRule(StateData data, ChoiceState choice, JsonNode effective) {
        for (int i = 0; i < choice.choices().size(); i++) {
            if (ChoiceEvaluator.matches(choice.choices().get(i).rule(), data.data(effective))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstCondition(StateData data, ChoiceState choice) {
        for (int i = 0; i < choice.choices().size(); i++) {
            String field = "Choices[" + i + "]/Condition";
            JsonNode condition = data.jsonata(((ChoiceRule.Condition) choice.choices().get(i).rule()).condition(),
                    field, null);
            if (condition == null || !condition.isBoolean()) {
                throw new StatesException(ErrorNames.QUERY_EVALUATION_ERROR,
                        ChoiceConditions.notBoolean(field, condition));
            }
            if (condition.booleanValue()) {
                return i;
            }
        }
        return -1;
    }

    static Ending fail(StateData data, FailState fail) {
        String error;
        String cause;
        if (data.isJsonata()) {
            error = jsonataText(data.jsonata(fail.error(), "Error", null), "Error");
            cause = jsonataText(data.jsonata(fail.cause(), "Cause", null), "Cause");
        } else {
            error = fail.error() != null ? fail.error().source().asText() : null;
            cause = fail.cause() != null ? fail.cause().source().asText() : null;
            if (fail.errorPath() != null) {
                error = pathText(data, fail.errorPath(), "ErrorPath");
            }
            if (fail.causePath() != null) {
                cause = pathText(data, fail.causePath(), "CausePath");
            }
        }
        return new Ending(TestStateStatus.FAILED, null, error, cause, null);
    }

    private static String jsonataText(JsonNode value, String field) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new StatesException(ErrorNames.QUERY_EVALUATION_ERROR, FailPaths.notAString(field, value));
        }
        return value.textValue();
    }

    private static String pathText(StateData data, DynamicValue value, String field) {
        JsonNode result;
        try {
            result = value.evaluate(data.data(data.rawInput));
        } catch (PathException e) {
            throw new StatesException(ErrorNames.RUNTIME, FailPaths.notFound(value, field, data.rawInput));
        }
        if (!result.isTextual()) {
            throw new StatesException(ErrorNames.RUNTIME, FailPaths.notAStringReference(value, field, result));
        }
        return result.textValue();
    }
}
