package dev.sfntest.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code StringMatches} patterns: {@code *} matches any run of characters (none included); every
 * other character matches itself. A backslash makes the next character literal, so {@code \*}
 * matches an asterisk and {@code \\} a backslash (written {@code "\\*"} and {@code "\\\\"} in
 * JSON); a backslash at the very end matches itself. The whole string must match.
 */
final class StringPatterns {
    private StringPatterns() {
    }

    /** Whether {@code text} matches {@code pattern} as a whole. */
    static boolean matches(String text, String pattern) {
        List<String> literals = literals(pattern);
        if (literals.size() == 1) {
            return text.equals(literals.get(0));
        }
        String first = literals.get(0);
        String last = literals.get(literals.size() - 1);
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = text.length() - last.length();
        for (String middle : literals.subList(1, literals.size() - 1)) {
            int found = text.indexOf(middle, from);
            if (found < 0 || found + middle.length() > end) {
                return false;
            }
            from = found + middle.length();
        }
        return true;
    }

    /** The literal runs between unescaped asterisks: one more than there are wildcards. */
    static List<String> literals(String pattern) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                current.append(pattern.charAt(++i));
            } else if (c == '*') {
                literals.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        literals.add(current.toString());
        return literals;
    }
}
