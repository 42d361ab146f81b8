package dev.sfntest.mock;

import dev.sfntest.internal.EditDistance;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskInvocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The report of an unmocked Task, in the spirit of WireMock's near misses: what ran, and the closest mocks. */
final class NearMisses {
    private static final int MAX_SUGGESTIONS = 3;

    private NearMisses() {
    }

    /**
     * @param chosen the mock that was consulted, or {@code null}
     * @param choice what {@code chosen} chose for the call: no block, a block past its script, or
     *     a step whose answer declined; {@code null} when {@code chosen} is
     */
    static String report(TaskInvocation invocation, TaskMock chosen, TaskMocks.Choice choice, List<TaskMock> mocks) {
        StringBuilder message = new StringBuilder("The Task state '").append(invocation.stateName())
                .append("' (resource ").append(invocation.resource()).append(", attempt ")
                .append(invocation.attempt()).append(") has no mocked response.\n  input: ")
                .append(Json.write(invocation.input())).append('\n');
        if (chosen != null && choice.block() == null) {
            return noBlockMatched(message, chosen);
        }
        boolean pastScript = choice != null && choice.step() == null;
        List<String> lines = chosen != null ? consulted(invocation, chosen, choice, pastScript, mocks)
                : similar(invocation, mocks);
        if (lines.isEmpty()) {
            message.append(mocks.isEmpty() ? "  no mocks are defined" : "  no mock is close; the mocks are "
                    + mocks).append('\n');
        } else {
            message.append("  closest mocks:\n");
            lines.forEach(line -> message.append("    - ").append(line).append('\n'));
        }
        if (chosen == null) {
            message.append("  Mock it with TaskMocks.forState(\"").append(invocation.stateName())
                    .append("\").returns(...)");
        }
        return message.toString().stripTrailing();
    }

    private static String noBlockMatched(StringBuilder message, TaskMock chosen) {
        message.append("  no block of ").append(chosen).append(" matches the input (first match wins); it tried:\n");
        for (ScriptBlock block : chosen.blocks()) {
            message.append("    - whenInput(").append(block.matcher().description()).append(")\n");
        }
        return message.append("  Add a block for this input, or end with whenInput(otherwise())").toString();
    }

    private static List<String> consulted(TaskInvocation invocation, TaskMock chosen, TaskMocks.Choice choice,
            boolean pastScript, List<TaskMock> mocks) {
        List<String> lines = new ArrayList<>();
        String subject = (chosen.target() == TaskMock.Target.STATE ? "'" + chosen.key() + "'"
                : "resource '" + chosen.key() + "'") + choice.block().label();
        String attempt = (choice.block().isConditional() ? "matching call " + choice.call() + " (attempt "
                + invocation.attempt() + ")" : "attempt " + invocation.attempt())
                + (chosen.target() == TaskMock.Target.STATE ? "" : " of '" + invocation.stateName() + "'");
        int size = choice.block().size();
        if (pastScript) {
            lines.add("the script for " + subject + " has " + size + (size == 1 ? " response; " : " responses; ")
                    + attempt + " is past it — add .andSoOn() or another response");
        } else {
            lines.add("the answer for " + subject + " returned null for " + attempt + " — return a TaskOutcome");
        }
        if (chosen.target() == TaskMock.Target.STATE) {
            mocks.stream().filter(m -> m.target() == TaskMock.Target.RESOURCE
                    && m.key().equals(invocation.resource())).forEach(m -> lines.add(m
                    + " matches the resource, but the mock for state '" + chosen.key() + "' wins"));
        }
        return lines;
    }

    private static List<String> similar(TaskInvocation invocation, List<TaskMock> mocks) {
        List<Map.Entry<Integer, String>> close = new ArrayList<>();
        for (TaskMock mock : mocks) {
            boolean state = mock.target() == TaskMock.Target.STATE;
            String actual = state ? invocation.stateName() : invocation.resource();
            int distance = distance(actual, mock.key());
            if (isClose(actual, mock.key(), distance)) {
                close.add(Map.entry(distance, mock + ": the " + (state ? "name" : "resource") + " differs by "
                        + distance + (distance == 1 ? " character" : " characters")));
            }
        }
        close.sort(Comparator.comparing(Map.Entry<Integer, String>::getKey));
        return close.stream().limit(MAX_SUGGESTIONS).map(Map.Entry::getValue).toList();
    }

    private static boolean isClose(String actual, String mocked, int distance) {
        return actual.equalsIgnoreCase(mocked) || actual.startsWith(mocked) || mocked.startsWith(actual)
                || distance <= Math.max(2, Math.max(actual.length(), mocked.length()) / 3);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
