package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.PathException;

/** Placeholder replaced by the intrinsic functions branch. */
public final class Intrinsic {
    private final String text;

    private Intrinsic(String text) {
        this.text = text;
    }

    public static boolean looksLikeIntrinsic(String text) {
        return text.startsWith("States.");
    }

    public static Intrinsic parse(String text) {
        return new Intrinsic(text);
    }

    public JsonNode evaluate(DataContext data) {
        throw new PathException(text, "not implemented");
    }

    public String text() {
        return text;
    }
}
