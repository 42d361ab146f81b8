package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.CountedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code =~ /regex/flags} filters of a JSONPath, bounded: before the path library runs them,
 * each one runs over every string and number of the document it will read, over a text that
 * counts the characters read, so catastrophic backtracking ends after a fixed amount of work
 * (deterministically) with a {@code States.Runtime} {@link StatesException} instead of hanging the
 * execution (not a {@link PathException}, which callers read as "not found").
 */
final class RegexFilters {
    /** Characters the filters may read over one document, backtracking included. */
    static final long MAX_READS = 10_000_000;
    private static final Pattern FILTER = Pattern.compile("=~\\s*/((?:\\\\.|[^/\\\\])*)/([a-zA-Z]*)");

    private final List<Pattern> patterns;

    private RegexFilters(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The filters of a path as the library reads it, or {@code null} when it has none. */
    static RegexFilters of(String jaywayText) {
        if (!jaywayText.contains("=~")) {
            return null;
        }
        List<Pattern> patterns = new ArrayList<>();
        Matcher matcher = FILTER.matcher(jaywayText);
        while (matcher.find()) {
            try {
                patterns.add(Pattern.compile(matcher.group(1), flags(matcher.group(2))));
            } catch (PatternSyntaxException e) {
                // the library reports the bad pattern itself
            }
        }
        return patterns.isEmpty() ? null : new RegexFilters(List.copyOf(patterns));
    }

    private static int flags(String letters) {
        int flags = 0;
        for (char letter : letters.toCharArray()) {
            flags |= switch (letter) {
                case 'd' -> Pattern.UNIX_LINES;
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'x' -> Pattern.COMMENTS;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'u' -> Pattern.UNICODE_CASE;
                case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
                default -> 0;
            };
        }
        return flags;
    }

    /**
     * Runs every filter over every string and number of {@code document}.
     *
     * @throws StatesException when they read more than {@link #MAX_READS} characters
     */
    void check(String path, JsonNode document) {
        long[] reads = {0};
        Runnable count = () -> {
            if (++reads[0] > MAX_READS) {
                throw new StatesException(ErrorNames.RUNTIME, "The regular expression filter of the path '" + path
                        + "' read more than " + MAX_READS
                        + " characters (catastrophic backtracking?); simplify the pattern");
            }
        };
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isContainerNode()) {
                node.elements().forEachRemaining(pending::push);
            } else if (node.isTextual() || node.isNumber()) {
                String text = node.isTextual() ? node.textValue() : node.asText();
                for (Pattern pattern : patterns) {
                    pattern.matcher(new CountedText(text, count)).matches();
                }
            }
        }
    }
}
