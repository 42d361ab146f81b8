package dev.sfntest.engine.internal;

import dev.sfntest.history.HistoryEvent;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The recorder's append-only list of events, kept in chunks of {@value #CHUNK} so that a long
 * history (400,004 events for {@code loop-100k}) grows without copying what it holds: an
 * {@code ArrayList}'s growth copies were a quarter of the samples of a profile of that run. The
 * first chunk starts at {@value #FIRST} events and doubles up to a whole chunk, so that a short
 * execution (a Map Run's child, a one-state test) does not allocate 16 KiB it never uses.
 */
final class EventLog extends AbstractList<HistoryEvent> implements RandomAccess {
    private static final int SHIFT = 12;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 16;

    private HistoryEvent[][] chunks = new HistoryEvent[4][];
    private int size;

    @Override
    public boolean add(HistoryEvent event) {
        int chunk = size >>> SHIFT;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new HistoryEvent[chunk == 0 ? FIRST : CHUNK];
        } else if (chunk == 0 && size == chunks[0].length) {
            chunks[0] = Arrays.copyOf(chunks[0], Math.min(CHUNK, size * 2));
        }
        chunks[chunk][size & MASK] = event;
        size++;
        return true;
    }

    @Override
    public HistoryEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        return chunks[index >>> SHIFT][index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return toArray(new Object[size]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] target) {
        T[] out = target.length >= size ? target
                : (T[]) java.lang.reflect.Array.newInstance(target.getClass().getComponentType(), size);
        for (int chunk = 0, copied = 0; copied < size; chunk++) {
            int length = Math.min(CHUNK, size - copied);
            System.arraycopy(chunks[chunk], 0, out, copied, length);
            copied += length;
        }
        if (out.length > size) {
            out[size] = null;
        }
        return out;
    }
}
