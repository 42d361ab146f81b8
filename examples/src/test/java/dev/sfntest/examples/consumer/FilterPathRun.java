package dev.sfntest.examples.consumer;

import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;

/** A JVM of its own that runs one JSONPath filter, as a user's first test does: see {@link NoLoggingWarningsTest}. */
public final class FilterPathRun {
    private FilterPathRun() {
    }

    /** Prints the execution's output. */
    public static void main(String[] args) {
        String definition = "{\"StartAt\": \"Big\", \"States\": {\"Big\": {\"Type\": \"Pass\","
                + " \"OutputPath\": \"$.items[?(@.n > 1)]\", \"End\": true}}}";
        System.out.println(Engine.builder().build()
                .execute(Definitions.build(Json.parse(definition)), "{\"items\": [{\"n\": 1}, {\"n\": 2}]}")
                .output());
    }
}
