package dev.sfntest.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cases} command's JUnit XML report ({@code --junit-xml}): one {@code testsuite}, one
 * {@code testcase} per case in the order run, a {@code failure} holding the differences for a
 * case that did not match its {@code expected}, an {@code error} holding the message for a case
 * that could not be run. Times are {@code 0}: the report depends on nothing but the cases.
 */
final class JunitXml {
    /** One case's verdict. */
    record Entry(String name, String file, List<String> differences, String error) {
        Entry {
            differences = List.copyOf(differences);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a case that ran: matched when {@code differences} is empty. */
    void ran(String name, String file, List<String> differences) {
        entries.add(new Entry(name, file, differences, null));
    }

    /** Adds a case that could not be run. */
    void error(String name, String file, String message) {
        entries.add(new Entry(name, file, List.of(), message));
    }

    /** The report's text, {@code \n}-terminated lines. */
    String text() {
        long failures = entries.stream().filter(e -> e.error() == null && !e.differences().isEmpty()).count();
        long errors = entries.stream().filter(e -> e.error() != null).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"sfn-test cases\" tests=\"").append(entries.size()).append("\" failures=\"")
                .append(failures).append("\" errors=\"").append(errors).append("\" skipped=\"0\" time=\"0\">\n");
        for (Entry entry : entries) {
            xml.append("  <testcase name=\"").append(escape(entry.name())).append("\" classname=\"")
                    .append(escape(entry.file())).append("\" time=\"0\"");
            if (entry.error() != null) {
                xml.append(">\n    <error type=\"ERROR\" message=\"").append(escape(entry.error())).append("\">")
                        .append(escape(entry.error())).append("</error>\n  </testcase>\n");
            } else if (!entry.differences().isEmpty()) {
                int count = entry.differences().size();
                xml.append(">\n    <failure type=\"mismatch\" message=\"").append(count)
                        .append(count == 1 ? " difference" : " differences").append(" from expected\">");
                for (String difference : entry.differences()) {
                    xml.append(escape(difference)).append('\n');
                }
                xml.append("</failure>\n  </testcase>\n");
            } else {
                xml.append("/>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    /**
     * The text as XML 1.0 character data or attribute value: markup characters as entities, line
     * breaks and tabs as character references (kept in attributes), and characters XML cannot
     * hold (other control characters, unpaired surrogates) as {@code \\uXXXX}.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
