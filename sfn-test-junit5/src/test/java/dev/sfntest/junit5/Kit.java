package dev.sfntest.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes on the Jupiter engine, reports under {@code reports}, and reads what failed. */
final class Kit {
    private Kit() {
    }

    static EngineExecutionResults run(Class<?> fixture, Path reports) {
        return run(fixture, reports, Map.of());
    }

    static EngineExecutionResults run(Class<?> fixture, Path reports, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("sfntest.reports.dir", reports.toString())
                .configurationParameters(parameters)
                .selectors(selectClass(fixture))
                .execute();
    }

    /** The messages of the failed tests, in order. */
    static List<String> failures(EngineExecutionResults results) {
        return messages(results.testEvents().failed().list());
    }

    /** The messages of the failed containers (classes), in order. */
    static List<String> containerFailures(EngineExecutionResults results) {
        return messages(results.containerEvents().failed().list());
    }

    private static List<String> messages(List<Event> events) {
        return events.stream()
                .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("?"))
                .toList();
    }
}
