package dev.sfntest.property;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import java.nio.file.Path;

/** The test workflows under {@code src/test/resources/workflows}. */
final class Workflows {
    private Workflows() {
    }

    static StateMachine load(String name) {
        return Definitions.load(Path.of("src/test/resources/workflows", name));
    }

    static StateMachine parse(String json) {
        return Definitions.parse(json);
    }

    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        return Json.parse(text);
    }

    /** Declined payments end with status "declined". */
    static Invariant declinedPaymentsAreMarkedDeclined() {
        return Invariants.outputSatisfies("marks declined payments as declined",
                output -> !"PaymentDeclined".equals(output.at("/error/Error").asText())
                        || "declined".equals(output.path("status").asText()));
    }
}
