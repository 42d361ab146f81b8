package dev.sfntest.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The README's "Your first test", done as a reader would: a new project made of its
 * {@code pom.xml}, its test and the definition it names, built with Maven. Gradle is not on the
 * build machine and cannot be fetched from Maven Central, so {@code build.gradle.kts} is only
 * checked to name the same artifacts and versions as the {@code pom.xml}.
 */
@ResourceLock(ConsumerBuild.LOCK)
class ReadmeFirstTestTest {
    private static final Path README = ConsumerBuild.ROOT.resolve("README.md");

    @Test
    void theReadmesPomRunsTheReadmesTest() throws Exception {
        // given
        String readme = ConsumerBuild.read(README);
        String test = fencedBlockAfter(readme, "<!-- snippet:quick-start -->");
        Matcher definition = Pattern.compile("@StepFunctionTest\\(\"([^\"]+)\"\\)").matcher(test);
        assertThat(definition.find()).as("the quick-start test names its definition").isTrue();
        Path project = ConsumerBuild.freshFolder("readme-first-test");
        write(project.resolve("pom.xml"), fencedBlockAfter(readme, "<!-- file:pom.xml -->"));
        write(project.resolve("src/test/java/QuickStartTest.java"), test);
        Path resource = Path.of("src/test/resources").resolve(definition.group(1));
        Files.createDirectories(project.resolve(resource).getParent());
        Files.copy(resource, project.resolve(resource));

        // when
        ConsumerBuild.Outcome outcome = ConsumerBuild.maven(project, "test");

        // then
        assertThat(outcome.exitCode()).as("mvn test in %s exited with; its last lines:%n%s", project,
                outcome.tail(60)).isZero();
        assertThat(outcome.log()).as("the log of mvn test in %s", project)
                .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
    }

    @Test
    void theReadmesGradleBuildNamesWhatThePomNames() {
        // given
        String readme = ConsumerBuild.read(README);
        String pom = fencedBlockAfter(readme, "<!-- file:pom.xml -->");
        String gradle = fencedBlockAfter(readme, "<!-- file:build.gradle.kts -->");

        // when
        String junit5 = "dev.sfntest:sfn-test-junit5:" + between(pom, "<artifactId>sfn-test-junit5</artifactId>");
        String junitBom = "org.junit:junit-bom:" + between(pom, "<artifactId>junit-jupiter</artifactId>");

        // then
        assertThat(junit5).isEqualTo("dev.sfntest:sfn-test-junit5:" + ConsumerBuild.version());
        assertThat(gradle).contains("testImplementation(\"" + junit5 + "\")",
                "testImplementation(platform(\"" + junitBom + "\"))", "useJUnitPlatform()",
                "options.release = " + release(pom));
        assertThat(release(pom)).isEqualTo("17");
        System.err.println("sfn-test: the README's build.gradle.kts is checked for its coordinates only, not run:"
                + " Gradle is not on this machine and cannot be fetched from Maven Central");
    }

    /** The text of the fenced code block that follows {@code marker}'s line. */
    static String fencedBlockAfter(String markdown, String marker) {
        List<String> lines = markdown.lines().toList();
        int at = lines.indexOf(marker);
        assertThat(at).as("README.md has a line %s", marker).isNotNegative();
        assertThat(lines.get(at + 1)).as("the line after %s", marker).startsWith("```");
        int end = lines.subList(at + 2, lines.size()).indexOf("```");
        assertThat(end).as("the code block after %s is closed", marker).isNotNegative();
        return String.join("\n", lines.subList(at + 2, at + 2 + end)) + "\n";
    }

    /** The {@code <version>} that follows {@code anchor} in a POM. */
    private static String between(String pom, String anchor) {
        Matcher version = Pattern.compile(Pattern.quote(anchor) + "\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("a <version> after %s in the README's pom.xml", anchor).isTrue();
        return version.group(1);
    }

    private static String release(String pom) {
        Matcher release = Pattern.compile("<release>([^<]+)</release>").matcher(pom);
        assertThat(release.find()).as("a <release> in the README's pom.xml").isTrue();
        return release.group(1);
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
