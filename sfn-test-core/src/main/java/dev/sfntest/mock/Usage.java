package dev.sfntest.mock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How far each mock of a {@link TaskMocks} was used: the highest attempt it answered, or -1. */
final class Usage {
    private final List<TaskMock> mocks;
    private final int[] highest;

    Usage(List<TaskMock> mocks) {
        this.mocks = mocks;
        this.highest = new int[mocks.size()];
        Arrays.fill(highest, -1);
    }

    synchronized void answered(TaskMock mock, int attempt) {
        int index = indexOf(mock);
        highest[index] = Math.max(highest[index], attempt);
    }

    /** One line per strict mock whose script was not used up. */
    synchronized List<String> unused() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < mocks.size(); i++) {
            TaskMock mock = mocks.get(i);
            int size = mock.scriptSize();
            if (mock.isLenient() || highest[i] >= size - 1) {
                continue;
            }
            if (highest[i] < 0) {
                lines.add(mock + ": never called");
            } else {
                lines.add(mock + ": " + (highest[i] == 0 ? "attempt 0 ran" : "attempts 0-" + highest[i] + " ran")
                        + ", but the script has " + size + " responses");
            }
        }
        return lines;
    }

    private int indexOf(TaskMock mock) {
        for (int i = 0; i < mocks.size(); i++) {
            if (mocks.get(i) == mock) {
                return i;
            }
        }
        throw new IllegalArgumentException(mock.toString());
    }
}
