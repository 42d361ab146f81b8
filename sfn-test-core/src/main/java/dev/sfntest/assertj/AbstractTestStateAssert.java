package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.teststate.InspectionData;
import dev.sfntest.teststate.TestStateJson;
import dev.sfntest.teststate.TestStateResponse;
import dev.sfntest.teststate.TestStateStatus;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions of {@link TestStateAssert}, returning {@code SELF}: extend it to add your own.
 * Every check goes through one place that states the expectation and what happened, shows the
 * whole answer in AWS's wire shape, and fails through AssertJ with expected and actual values.
 *
 * @param <SELF> the type the assertions return
 */
@API(status = EXPERIMENTAL)
public abstract class AbstractTestStateAssert<SELF extends AbstractTestStateAssert<SELF>>
        extends AbstractAssert<SELF, TestStateResponse> {

    /**
     * @param actual the TestState answer
     * @param selfType the class of {@code SELF}
     */
    protected AbstractTestStateAssert(TestStateResponse actual, Class<?> selfType) {
        super(Objects.requireNonNull(actual, "The TestState answer to check is null"), selfType);
    }

    private SELF check(boolean ok, String expectation, String happened, Object expected,
            Object actual) {
        if (!ok) {
            failWithActualExpectedAndMessage(actual, expected, "%s", "Expected the TestState answer " + expectation
                    + "\nbut " + happened + ".\nAnswer: " + Json.write(TestStateJson.json(this.actual)));
        }
        return myself;
    }

    /** Fails unless the status is SUCCEEDED. */
    public SELF succeeded() {
        return hasStatus(TestStateStatus.SUCCEEDED);
    }

    /** Fails unless the status is FAILED. */
    public SELF failed() {
        return hasStatus(TestStateStatus.FAILED);
    }

    /** Fails unless the status is RETRIABLE. */
    public SELF isRetriable() {
        return hasStatus(TestStateStatus.RETRIABLE);
    }

    /** Fails unless the status is CAUGHT_ERROR. */
    public SELF isCaughtError() {
        return hasStatus(TestStateStatus.CAUGHT_ERROR);
    }

    /** Fails unless the status is {@code status}. */
    public SELF hasStatus(TestStateStatus status) {
        String error = actual.error() == null ? "" : " (error " + actual.error() + ": " + actual.cause() + ")";
        return check(actual.status() == status, "to have the status " + status, "it was " + actual.status() + error,
                status, actual.status());
    }

    /** Fails unless the output equals the JSON {@code json}. */
    public SELF hasOutput(String json) {
        JsonNode expected = JsonMatch.parse(json);
        return check(JsonMatch.equal(expected, actual.output()), "to have the output " + Json.write(expected),
                outputWas(), Json.write(expected), write(actual.output()));
    }

    /** Fails unless the value at {@code jsonPath} of the output equals {@code expected} (a JSON node, string, number, boolean, map or list). */
    public SELF hasOutputAt(String jsonPath, Object expected) {
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

    /** Fails unless the next state is {@code state}. */
    public SELF hasNextState(String state) {
        return check(Objects.equals(state, actual.nextState()), "to go on to the state '" + state + "'",
                actual.nextState() == null ? "it names no next state (status " + actual.status() + ")"
                        : "its next state was '" + actual.nextState() + "'", state, actual.nextState());
    }

    /** Fails if the answer names a next state. */
    public SELF hasNoNextState() {
        return check(actual.nextState() == null, "to name no next state",
                "its next state was '" + actual.nextState() + "'", null, actual.nextState());
    }

    /** Fails unless the error is {@code error}. */
    public SELF hasError(String error) {
        return check(Objects.equals(error, actual.error()), "to have the error " + error,
                actual.error() == null ? "it has no error (status " + actual.status() + ")"
                        : "its error was " + actual.error() + " (cause: " + actual.cause() + ")",
                error, actual.error());
    }

    /** Fails unless the cause is {@code cause}. */
    public SELF hasCause(String cause) {
        return check(Objects.equals(cause, actual.cause()), "to have the cause \"" + cause + "\"",
                actual.cause() == null ? "it has no cause (status " + actual.status() + ")"
                        : "its cause was \"" + actual.cause() + "\"", cause, actual.cause());
    }

    /** Fails unless the Retry at {@code index} matched the error ({@code errorDetails.retryIndex}). */
    public SELF hasRetryIndex(int index) {
        Integer found = details() == null ? null : details().retryIndex();
        return check(Objects.equals(index, found), "to have matched the Retry at index " + index,
                detailsWere("retryIndex", found), index, found);
    }

    /** Fails unless the retry waits {@code seconds} ({@code errorDetails.retryBackoffIntervalSeconds}). */
    public SELF hasRetryBackoffSeconds(int seconds) {
        Integer found = details() == null ? null : details().retryBackoffIntervalSeconds();
        return check(Objects.equals(seconds, found), "to retry after " + seconds + " seconds",
                detailsWere("retryBackoffIntervalSeconds", found), seconds, found);
    }

    /** Fails unless the Catch at {@code index} caught the error ({@code errorDetails.catchIndex}). */
    public SELF hasCatchIndex(int index) {
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

    /**
     * Fails unless the inspection data's {@code member} ({@code afterInputPath},
     * {@code afterParameters}, {@code afterArguments}, {@code result}, {@code afterResultSelector},
     * {@code afterResultPath}, {@code variables}, {@code afterItemsPath}...) equals the JSON
     * {@code json}; the request needs DEBUG or TRACE.
     */
    public SELF hasInspected(String member, String json) {
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
