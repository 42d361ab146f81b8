package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Told when a fiber's graph ends: the execution, a Parallel state or a Map state. */
interface FiberListener {
    void succeeded(Fiber fiber, JsonNode output);

    void failed(Fiber fiber, Step.Failed failure);
}
