package dev.sfntest.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code sfn-test-archetype} as a user runs it: {@code mvn archetype:generate}, then
 * {@code mvn test} in the new project, whose two tests (a mocked one and a property test) pass.
 */
@ResourceLock(ConsumerBuild.LOCK)
class ArchetypeTest {
    @Test
    void generatesAProjectWhoseTestsPass() throws Exception {
        // given
        Path folder = ConsumerBuild.freshFolder("archetype");
        String plugin = "org.apache.maven.plugins:maven-archetype-plugin:"
                + System.getProperty("sfntest.archetypeVersion", "3.4.0") + ":generate";

        // when
        ConsumerBuild.Outcome generated = ConsumerBuild.maven(folder, plugin, "-DinteractiveMode=false",
                "-DarchetypeGroupId=dev.sfntest", "-DarchetypeArtifactId=sfn-test-archetype",
                "-DarchetypeVersion=" + ConsumerBuild.version(), "-DgroupId=com.example",
                "-DartifactId=order-tests", "-Dversion=1.0-SNAPSHOT", "-Dpackage=com.example.orders");
        Path project = folder.resolve("order-tests");
        ConsumerBuild.Outcome tested = Files.isDirectory(project) ? ConsumerBuild.maven(project, "test") : null;

        // then
        assertThat(generated.exitCode()).as("archetype:generate exited with; its last lines:%n%s",
                generated.tail(60)).isZero();
        assertThat(project.resolve("src/test/java/com/example/orders/OrderWorkflowTest.java")).exists();
        assertThat(project.resolve("src/test/java/com/example/orders/OrderWorkflowPropertyTest.java")).exists();
        assertThat(project.resolve("src/test/resources/order/order.asl.json")).exists();
        assertThat(tested.exitCode()).as("mvn test in %s exited with; its last lines:%n%s", project,
                tested.tail(60)).isZero();
        assertThat(tested.log()).as("the log of mvn test in %s", project)
                .contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
    }
}
