package dev.sfntest.internal;

/**
 * A string as a regular expression reads it, each character read reported to a counter, so that
 * catastrophic backtracking can be stopped after a fixed amount of work (the counter throws),
 * deterministically, instead of by the wall clock.
 */
public final class CountedText implements CharSequence {
    private final String text;
    private final Runnable onRead;

    /** {@code text}, calling {@code onRead} before every character read. */
    public CountedText(String text, Runnable onRead) {
        this.text = text;
        this.onRead = onRead;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        onRead.run();
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
