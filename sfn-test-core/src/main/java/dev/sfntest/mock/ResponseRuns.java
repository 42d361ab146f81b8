package dev.sfntest.mock;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A per-invocation script kept as runs of one response each ({@code "1-2147483647"} is one run,
 * not two billion entries): a read-only list whose element {@code i} is the response of invocation
 * {@code i}. Its size saturates at {@code Integer.MAX_VALUE}.
 */
final class ResponseRuns extends AbstractList<MockResponse> implements RandomAccess {
    private final long[] starts;
    private final MockResponse[] responses;
    private final long total;

    /** @param starts the first invocation of each run, ascending from 0; {@code total} ends the last */
    ResponseRuns(long[] starts, MockResponse[] responses, long total) {
        this.starts = starts.clone();
        this.responses = responses.clone();
        this.total = total;
    }

    @Override
    public MockResponse get(int index) {
        if (index < 0 || index >= total) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size());
        }
        int found = Arrays.binarySearch(starts, index);
        return responses[found >= 0 ? found : -found - 2];
    }

    /** The response of invocation {@code attempt}, or {@code null} past the script's end. */
    MockResponse at(int attempt) {
        return attempt < 0 || attempt >= total ? null : get(attempt);
    }

    @Override
    public int size() {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    /** One run of a script: {@code count} invocations answered by {@code response}. */
    record Run(MockResponse response, long count) {
    }

    /** The runs, in invocation order. */
    List<Run> runs() {
        Run[] runs = new Run[starts.length];
        for (int i = 0; i < starts.length; i++) {
            runs[i] = new Run(responses[i], (i + 1 < starts.length ? starts[i + 1] : total) - starts[i]);
        }
        return List.of(runs);
    }
}
