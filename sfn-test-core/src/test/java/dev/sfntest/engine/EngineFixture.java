package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.mock.MockedResponses;
import dev.sfntest.service.FieldValidationMode;
import java.util.List;

/** Runs small definitions written inline, with single quotes for readability ({@code \\'} for a quote). */
final class EngineFixture {
    private EngineFixture() {
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text.replace("\\'", "\u0001").replace('\'', '"').replace('\u0001', '\''));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static ExecutionResult run(String definition, String input) {
        return Engine.builder().build().execute(Definitions.build(json(definition)), json(input));
    }

    static ExecutionResult run(String definition, String input, String mocks) {
        return engine(mocks).build().execute(Definitions.build(json(definition)), json(input));
    }

    /** Mocked results unchecked: these tests script bare lambda:invoke payloads to test the engine, not shapes. */
    static Engine.Builder engine(String mocks) {
        return Engine.builder().fieldValidationMode(FieldValidationMode.NONE)
                .taskHandler(MockedResponses.parse(json(mocks)));
    }

    static List<HistoryEventType> types(ExecutionResult result) {
        return result.history().stream().map(HistoryEvent::type).toList();
    }

    static List<HistoryEvent> events(ExecutionResult result, HistoryEventType type) {
        return result.history().stream().filter(e -> e.type() == type).toList();
    }
}
