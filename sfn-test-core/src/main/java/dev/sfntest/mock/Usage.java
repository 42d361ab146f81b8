package dev.sfntest.mock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each script of a {@link TaskMocks} was used: the highest call it answered per block,
 * and the per-execution, per-state call counters of {@code whenInput} blocks.
 */
final class Usage {
    private final List<TaskMock> mocks;
    private final int[][] highest;
    private final Map<String, Integer> blockCalls = new HashMap<>();

    Usage(List<TaskMock> mocks) {
        this.mocks = mocks;
        this.highest = new int[mocks.size()][];
        for (int i = 0; i < mocks.size(); i++) {
            highest[i] = new int[mocks.get(i).blocks().size()];
            java.util.Arrays.fill(highest[i], -1);
        }
    }

    /**
     * The 0-based number of this call among the calls of one execution's state that matched the
     * block {@code block}; counting it.
     */
    synchronized int nextBlockCall(String execution, String stateName, int block) {
        String key = execution + '\u0000' + stateName + '\u0000' + block;
        int call = blockCalls.getOrDefault(key, 0);
        blockCalls.put(key, call + 1);
        return call;
    }

    synchronized void answered(TaskMock mock, int block, int call) {
        int[] blocks = highest[indexOf(mock)];
        blocks[block] = Math.max(blocks[block], call);
    }

    /** One line per script of a strict mock that was not used up. */
    synchronized List<String> unused() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < mocks.size(); i++) {
            TaskMock mock = mocks.get(i);
            if (mock.isLenient()) {
                continue;
            }
            for (int b = 0; b < mock.blocks().size(); b++) {
                ScriptBlock block = mock.blocks().get(b);
                int size = block.size();
                int used = highest[i][b];
                if (used >= size - 1) {
                    continue;
                }
                String calls = block.isConditional() ? "matching calls" : "attempts";
                String call = block.isConditional() ? "matching call" : "attempt";
                if (used < 0) {
                    lines.add(mock + block.label() + ": never called");
                } else {
                    lines.add(mock + block.label() + ": " + (used == 0 ? call + " 0 ran" : calls + " 0-" + used
                            + " ran") + ", but the script has " + size + " responses");
                }
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
