package dev.sfntest.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documentation's code snippets, kept in test sources so that the build compiles and runs them.
 *
 * <p>In a test source, a snippet is the lines between {@code // snippet:NAME} and
 * {@code // end-snippet}. In Markdown, {@code <!-- snippet:NAME -->} on its own line is followed by
 * a fenced code block that must equal the snippet, common indentation removed. {@link #check}
 * lists every difference; {@link #update} rewrites the Markdown blocks from the sources.
 */
final class Snippets {
    private static final Pattern START = Pattern.compile("^\\s*// snippet:([A-Za-z0-9._-]+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// end-snippet\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!-- snippet:([A-Za-z0-9._-]+) -->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(```+)\\s*[A-Za-z0-9_-]*\\s*$");

    private final Map<String, String> sources;

    private Snippets(Map<String, String> sources) {
        this.sources = sources;
    }

    /** The snippets of {@code files} (Java test sources), by name. */
    static Snippets read(List<Path> files, List<String> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Path file : files) {
            parse(file.toString(), readString(file), found, problems);
        }
        return new Snippets(found);
    }

    /** The snippets of one source text; problems (unclosed, nested, duplicate) are added to {@code problems}. */
    static Snippets parse(String origin, String text, List<String> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        parse(origin, text, found, problems);
        return new Snippets(found);
    }

    private static void parse(String origin, String text, Map<String, String> found, List<String> problems) {
        List<String> lines = text.lines().toList();
        String open = null;
        int openLine = 0;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = START.matcher(lines.get(i));
            if (start.matches()) {
                if (open != null) {
                    problems.add(origin + ":" + (i + 1) + ": snippet '" + start.group(1) + "' starts inside snippet '"
                            + open + "' (line " + openLine + "); close that one with // end-snippet first");
                }
                open = start.group(1);
                openLine = i + 1;
                body.clear();
            } else if (END.matcher(lines.get(i)).matches()) {
                if (open == null) {
                    problems.add(origin + ":" + (i + 1) + ": // end-snippet without a // snippet:NAME before it");
                } else if (found.putIfAbsent(open, dedent(body)) != null) {
                    problems.add(origin + ":" + openLine + ": snippet '" + open + "' is defined twice");
                }
                open = null;
            } else if (open != null) {
                body.add(lines.get(i));
            }
        }
        if (open != null) {
            problems.add(origin + ":" + openLine + ": snippet '" + open + "' has no // end-snippet");
        }
    }

    /** The snippet names, in the order found. */
    List<String> names() {
        return List.copyOf(sources.keySet());
    }

    /** Every difference between the Markdown {@code text} of {@code origin} and the snippets. */
    List<String> check(String origin, String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            String name = marker.group(1);
            Block block = block(lines, i + 1);
            String where = origin + ":" + (i + 1) + ": snippet '" + name + "'";
            if (block == null) {
                problems.add(where + " must be followed by a fenced code block (```java ... ```)");
            } else if (!sources.containsKey(name)) {
                problems.add(where + " is not in any test source (mark it with // snippet:" + name
                        + " and // end-snippet); known: " + names());
            } else if (!block.text.equals(sources.get(name))) {
                problems.add(where + " differs from its test source:\n" + diff(sources.get(name), block.text)
                        + "\n  (run the tests with -Dsfntest.updateSnippets=true to copy the sources into the docs)");
            }
        }
        return problems;
    }

    /** {@code text} with each marked fenced block replaced by its snippet (unknown names left as they are). */
    String update(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches() || !sources.containsKey(marker.group(1))) {
                continue;
            }
            Block block = block(lines, i + 1);
            if (block == null) {
                continue;
            }
            out.add(lines.get(block.start));
            out.addAll(sources.get(marker.group(1)).lines().toList());
            out.add(lines.get(block.end));
            i = block.end;
        }
        return String.join("\n", out) + (text.endsWith("\n") ? "\n" : "");
    }

    private record Block(int start, int end, String text) {
    }

    /** The fenced block starting on line {@code from} (blank lines before it allowed), or null. */
    private static Block block(List<String> lines, int from) {
        int start = from;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        if (start >= lines.size()) {
            return null;
        }
        Matcher fence = FENCE.matcher(lines.get(start));
        if (!fence.matches()) {
            return null;
        }
        for (int end = start + 1; end < lines.size(); end++) {
            if (lines.get(end).strip().equals(fence.group(1))) {
                return new Block(start, end, dedent(lines.subList(start + 1, end)));
            }
        }
        return null;
    }

    /** The lines without their common indentation and without trailing blanks, joined with \n. */
    static String dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        List<String> trimmed = lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
                .collect(Collectors.toCollection(ArrayList::new));
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
            trimmed.remove(trimmed.size() - 1);
        }
        while (!trimmed.isEmpty() && trimmed.get(0).isEmpty()) {
            trimmed.remove(0);
        }
        return String.join("\n", trimmed);
    }

    private static String diff(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : "<no line>";
            String b = i < got.size() ? got.get(i) : "<no line>";
            if (!a.equals(b)) {
                return "  first difference at line " + (i + 1) + " of the snippet:\n    source: " + a + "\n    docs:   " + b;
            }
        }
        return "  (whitespace only)";
    }

    /** The files under {@code root} whose names end with {@code suffix}, build output left out, sorted. */
    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(suffix))
                    .filter(path -> !path.toString().contains("/target/") && !path.toString().contains("/node_modules/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
