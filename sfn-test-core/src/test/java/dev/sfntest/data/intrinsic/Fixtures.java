package dev.sfntest.data.intrinsic;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;

/** Shorthands for the intrinsic tests: JSON from text, evaluation, and the failures they raise. */
final class Fixtures {
    private Fixtures() {
    }

    static JsonNode json(String text) {
        return Json.parse(text);
    }

    static DataContext input(String inputJson) {
        return DataContext.ofInput(json(inputJson));
    }

    static DataContext seeded(long seed) {
        return new DataContext(Json.emptyObject(), Json.emptyObject(), DataContext.VariableLookup.none(), new SplittableRandom(seed));
    }

    static JsonNode eval(String call, String inputJson) {
        return Intrinsic.parse(call).evaluate(input(inputJson));
    }

    static JsonNode eval(String call) {
        return eval(call, "{}");
    }

    /** The cause of the States.IntrinsicFailure the call raises. */
    static String failure(String call, String inputJson) {
        Intrinsic intrinsic = Intrinsic.parse(call);
        StatesException failure = catchThrowableOfType(
                () -> intrinsic.evaluate(input(inputJson)), StatesException.class);
        Assertions.assertThat(failure).as("failure of %s", call).isNotNull();
        Assertions.assertThat(failure.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        return failure.cause();
    }

    static String failure(String call) {
        return failure(call, "{}");
    }

    /** The message of the PathException that parsing raises. */
    static String parseError(String call) {
        PathException failure = catchThrowableOfType(() -> Intrinsic.parse(call), PathException.class);
        Assertions.assertThat(failure).as("parse error of %s", call).isNotNull();
        Assertions.assertThat(failure.path()).isEqualTo(call);
        return failure.getMessage();
    }
}
