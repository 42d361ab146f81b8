package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.teststate.InspectionData;
import dev.sfntest.teststate.TestStateJson;
import dev.sfntest.teststate.TestStateResponse;
import dev.sfntest.teststate.TestStateStatus;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * The AssertJ implementation of {@link TestStateAssert}. Every check goes through {@link #check},
 * which states the expectation and what happened, shows the whole answer in AWS's wire shape, and
 * fails through AssertJ with expected and actual values.
 */
final class DefaultTestStateAssert extends AbstractAssert<DefaultTestStateAssert, TestStateResponse>
        implements TestStateAssert {

    private DefaultTestStateAssert(TestStateResponse response) {
        super(response, DefaultTestStateAssert.class);
    }

    /** Assertions on {@code response}. */
    static DefaultTestStateAssert of(TestStateResponse response) {
        return new DefaultTestStateAssert(Objects.requireNonNull(response, "The TestState answer to check is null"));
    }

    private DefaultTestStateAssert check(boolean ok, String expectation, String happened, Object expected,
            Object actual) {
        if (!ok) {
            failWithActualExpectedAndMessage(actual, expected, "%s", "Expected the TestState answer " + expectation
                    + "\nbut " + happened + ".\nAnswer: " + Json.write(TestStateJson.json(this.actual)));
        }
        return this;
    }

    @Override
    public TestStateAssert succeeded() {
        return hasStatus(TestStateStatus.SUCCEEDED);
    }

    @Override
    public TestStateAssert failed() {
        return hasStatus(TestStateStatus.FAILED);
    }

    @Override
    public TestStateAssert isRetriable() {
        return hasStatus(TestStateStatus.RETRIABLE);
    }

    @Override
    public TestStateAssert isCaughtError() {
        return hasStatus(TestStateStatus.CAUGHT_ERROR);
    }

    @Override
    public TestStateAssert hasStatus(TestStateStatus status) {
        String error = actual.error() == null ? "" : " (error " + actual.error() + ": " + actual.cause() + ")";
        return check(actual.status() == status, "to have the status " + status, "it was " + actual.status() + error,
                status, actual.status());
    }

    @Override
    public TestStateAssert hasOutput(String json) {
        JsonNode expected = JsonMatch.parse(json);
        return check(JsonMatch.equal(expected, actual.output()), "to have the output " + Json.write(expected),
                outputWas(), Json.write(expected), write(actual.output()));
    }

    @Override
    public TestStateAssert hasOutputAt(String jsonPath, Object expected) {
        JsonNode wanted = expected instanceof JsonNode node ? node : Json.mapper().valueToTree(expected);
        JsonNode found = null;
        String happened;
        if (actual.output() == null) {
            happened = outputWas();
        } else {
            try {
                found = CompiledPath.compile(jsonPath).read(actual.output());
                happened = "it was " + Json.write(found);
            } catch (PathException e) {
                happened = "the output has nothing at " + jsonPath + ": " + Json.write(actual.output());
            }
        }
        return check(JsonMatch.equal(wanted, found), "to have " + jsonPath + " = " + Json.write(wanted)
                + " in its output", happened, Json.write(wanted), write(found));
    }

    private String outputWas() {
        return actual.output() == null ? "it had no output (status " + actual.status() + ")"
                : "it was " + Json.write(actual.output());
    }

    @Override
    public TestStateAssert hasNextState(String state) {
        return check(Objects.equals(state, actual.nextState()), "to go on to the state '" + state + "'",
                actual.nextState() == null ? "it names no next state (status " + actual.status() + ")"
                        : "its next state was '" + actual.nextState() + "'", state, actual.nextState());
    }

    @Override
    public TestStateAssert hasNoNextState() {
        return check(actual.nextState() == null, "to name no next state",
                "its next state was '" + actual.nextState() + "'", null, actual.nextState());
    }

    @Override
    public TestStateAssert hasError(String error) {
        return check(Objects.equals(error, actual.error()), "to have the error " + error,
                actual.error() == null ? "it has no error (status " + actual.status() + ")"
                        : "its error was " + actual.error() + " (cause: " + actual.cause() + ")",
                error, actual.error());
    }

    @Override
    public TestStateAssert hasCause(String cause) {
        return check(Objects.equals(cause, actual.cause()), "to have the cause \"" + cause + "\"",
                actual.cause() == null ? "it has no cause (status " + actual.status() + ")"
                        : "its cause was \"" + actual.cause() + "\"", cause, actual.cause());
    }

    @Override
    public TestStateAssert hasRetryIndex(int index) {
        Integer found = details() == null ? null : details().retryIndex();
        return check(Objects.equals(index, found), "to have matched the Retry at index " + index,
                detailsWere("retryIndex", found), index, found);
    }

    @Override
    public TestStateAssert hasRetryBackoffSeconds(int seconds) {
        Integer found = details() == null ? null : details().retryBackoffIntervalSeconds();
        return check(Objects.equals(seconds, found), "to retry after " + seconds + " seconds",
                detailsWere("retryBackoffIntervalSeconds", found), seconds, found);
    }

    @Override
    public TestStateAssert hasCatchIndex(int index) {
        Integer found = details() == null ? null : details().catchIndex();
        return check(Objects.equals(index, found), "to have been caught by the Catch at index " + index,
                detailsWere("catchIndex", found), index, found);
    }

    private InspectionData.ErrorDetails details() {
        return actual.inspectionData() == null ? null : actual.inspectionData().errorDetails();
    }

    private String detailsWere(String member, Integer found) {
        if (actual.inspectionData() == null) {
            return "it has no inspection data (ask for inspectionLevel DEBUG or TRACE)";
        }
        return found == null ? "its errorDetails have no " + member + " (status " + actual.status() + ")"
                : "its errorDetails." + member + " was " + found;
    }

    @Override
    public TestStateAssert hasInspected(String member, String json) {
        JsonNode expected = JsonMatch.parse(json);
        if (actual.inspectionData() == null) {
            return check(false, "to have inspected " + member + " = " + Json.write(expected),
                    "it has no inspection data (ask for inspectionLevel DEBUG or TRACE)", Json.write(expected), null);
        }
        JsonNode data = TestStateJson.json(actual.inspectionData());
        if (!data.has(member) || !data.get(member).isTextual()) {
            return check(false, "to have inspected " + member + " = " + Json.write(expected),
                    "its inspection data has no " + member + " (it has " + names(data) + ")", Json.write(expected),
                    null);
        }
        JsonNode found = JsonMatch.parse(data.get(member).textValue());
        return check(JsonMatch.equal(expected, found), "to have inspected " + member + " = " + Json.write(expected),
                member + " was " + Json.write(found), Json.write(expected), Json.write(found));
    }

    private static String names(JsonNode data) {
        StringBuilder names = new StringBuilder();
        data.fieldNames().forEachRemaining(name -> names.append(names.length() == 0 ? "" : ", ").append(name));
        return names.length() == 0 ? "nothing" : names.toString();
    }

    private static String write(JsonNode node) {
        return node == null ? null : Json.write(node);
    }
}
