package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.service.FieldValidationMode;

/** Small inline definitions for mock tests, with single quotes for readability. */
final class MockFixture {
    static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private MockFixture() {
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /**
     * Runs with results unchecked: these tests script bare payloads for lambda:invoke to test the
     * mocks' mechanics (FieldValidationTest checks shapes, with {@link #runChecked}).
     */
    static ExecutionResult run(String definition, String input, TaskHandler handler) {
        return Engine.builder().fieldValidationMode(FieldValidationMode.NONE).taskHandler(handler).build()
                .execute(Definitions.build(json(definition)), json(input));
    }

    /** Runs with results checked in the engine's default mode (STRICT). */
    static ExecutionResult runChecked(String definition, String input, TaskHandler handler) {
        return Engine.builder().taskHandler(handler).build().execute(Definitions.build(json(definition)), json(input));
    }

    /** One Task state {@code name} calling {@code resource}, with extra fields ({@code ", 'Retry': [...]"}). */
    static String task(String name, String resource, String extra) {
        return "{'StartAt': '" + name + "', 'States': {'" + name + "': {'Type': 'Task', 'Resource': '" + resource
                + "'" + extra + ", 'End': true}}}";
    }

    /** {@code Charge} (lambda:invoke), retried up to 3 times on any error, 1 s then 2 s apart. */
    static String chargeWithRetries() {
        return task("Charge", INVOKE, ", 'Retry': [{'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 1,"
                + " 'MaxAttempts': 3}]");
    }

    /** {@code Charge} then {@code Ship}, both lambda:invoke. */
    static String chargeThenShip() {
        return "{'StartAt': 'Charge', 'States': {'Charge': {'Type': 'Task', 'Resource': '" + INVOKE
                + "', 'Next': 'Ship'}, 'Ship': {'Type': 'Task', 'Resource': '" + INVOKE + "', 'End': true}}}";
    }
}
