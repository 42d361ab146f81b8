package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code in README.md and docs/*.md equal to the test sources it is copied from, so that
 * every snippet a reader sees was compiled and run by this build. See {@link Snippets} for the
 * markers; {@code mvn -B -pl examples test -Dsfntest.updateSnippets=true} copies the sources into
 * the docs after an edit.
 */
class DocsSnippetsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static List<Path> markdown() {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        files.addAll(Snippets.files(ROOT.resolve("docs"), ".md"));
        return files;
    }

    private static List<Path> testSources() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve("src/test/java"))
                    .flatMap(dir -> Snippets.files(dir, ".java").stream()).toList();
        }
    }

    @Test
    void everySnippetInTheDocsEqualsItsTestSource() throws IOException {
        // given
        assertThat(ROOT.resolve("README.md")).as("the project root (the parent of examples/)").exists();
        List<String> problems = new ArrayList<>();
        Snippets snippets = Snippets.read(testSources(), problems);

        // when
        for (Path file : markdown()) {
            String text = Snippets.readString(file);
            if (Boolean.getBoolean("sfntest.updateSnippets")) {
                Files.writeString(file, snippets.update(text), StandardCharsets.UTF_8);
                text = Snippets.readString(file);
            }
            problems.addAll(snippets.check(ROOT.relativize(file).toString(), text));
        }

        // then
        assertThat(problems).as("snippet problems").isEmpty();
        assertThat(Snippets.readString(ROOT.resolve("README.md"))).as("README.md uses snippets")
                .contains("<!-- snippet:quick-start -->");
    }

    @Nested
    class TheCheck {
        private final List<String> problems = new ArrayList<>();
        private final Snippets snippets = Snippets.parse("Source.java", """
                class Source {
                    void run() {
                        // snippet:hello
                        if (ready) {
                            go();
                        }
                        // end-snippet
                    }
                }
                """, problems);

        @Test
        void ignoresTheCommonIndentation() {
            String docs = "Text\n\n<!-- snippet:hello -->\n```java\n  if (ready) {\n      go();\n  }\n```\n";

            assertThat(problems).isEmpty();
            assertThat(snippets.check("doc.md", docs)).isEmpty();
        }

        @Test
        void failsWhenTheDocsDifferFromTheSource() {
            String docs = "<!-- snippet:hello -->\n```java\nif (ready) {\n    stop();\n}\n```\n";

            assertThat(snippets.check("doc.md", docs)).singleElement().asString()
                    .startsWith("doc.md:1: snippet 'hello' differs from its test source:\n"
                            + "  first difference at line 2 of the snippet:\n    source:     go();\n"
                            + "    docs:       stop();");
        }

        @Test
        void failsWhenTheDocsNameAMissingSnippet() {
            String docs = "<!-- snippet:goodbye -->\n```java\nbye();\n```\n";

            assertThat(snippets.check("doc.md", docs)).containsExactly("doc.md:1: snippet 'goodbye' is not in any "
                    + "test source (mark it with // snippet:goodbye and // end-snippet); known: [hello]");
        }

        @Test
        void failsWhenAMarkerHasNoCodeBlock() {
            assertThat(snippets.check("doc.md", "<!-- snippet:hello -->\nSome text.\n")).containsExactly(
                    "doc.md:1: snippet 'hello' must be followed by a fenced code block (```java ... ```)");
        }

        @Test
        void reportsAnUnclosedOrDuplicateSnippet() {
            List<String> found = new ArrayList<>();
            Snippets.parse("A.java", "// snippet:a\nx();\n// end-snippet\n// snippet:a\ny();\n// end-snippet\n"
                    + "// snippet:b\nz();\n", found);

            assertThat(found).containsExactly("A.java:4: snippet 'a' is defined twice",
                    "A.java:7: snippet 'b' has no // end-snippet");
        }

        @Test
        void updateCopiesTheSourceIntoTheDocs() {
            String docs = "<!-- snippet:hello -->\n```java\nold();\n```\nafter\n";

            assertThat(snippets.update(docs))
                    .isEqualTo("<!-- snippet:hello -->\n```java\nif (ready) {\n    go();\n}\n```\nafter\n");
        }
    }
}
