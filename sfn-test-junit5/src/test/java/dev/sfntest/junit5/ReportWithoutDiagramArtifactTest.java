package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A user's test classpath without {@code sfn-test-diagram} (and ELK, EMF, Xtend, Guava): reports
 * are still written, with the Mermaid flowchart as text instead of the SVG picture. Runs only in
 * the surefire execution {@code without-diagram-artifact}, which takes those jars off the classpath.
 */
@Tag("without-diagram-artifact")
class ReportWithoutDiagramArtifactTest {
    private static final String MERMAID = """
            <pre class="mermaid">flowchart TD
                %% path taken: PrepareOrder → IsLargeOrder → ChargeCard
                start((&quot;Start&quot;))
                stop((&quot;End&quot;))
            """;

    @TempDir
    Path reports;

    @StepFunctionTest("machines/hello.asl.json")
    @MockConfig(value = "machines/hello.mocks.json", testCase = "HappyPath")
    static class SmallOrder {
        @Test
        void charges(StepFunctionRunner runner) {
            assertThatExecution(runner.run("{\"orderId\": \"o\", \"amount\": 20}")).succeeded();
        }
    }

    @BeforeEach
    void theDiagramArtifactAndItsDependenciesAreNotOnTheClasspath() {
        for (String name : new String[] {"dev.sfntest.diagram.SvgDiagrams", "org.eclipse.elk.core.RecursiveGraphLayoutEngine",
                "org.eclipse.emf.ecore.EObject", "org.eclipse.xtext.xbase.lib.Functions", "com.google.common.collect.Lists"}) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void theReportDrawsTheMermaidFlowchartWithThePathTaken() throws Exception {
        // when
        EngineExecutionResults results = Kit.run(SmallOrder.class, reports, Map.of("sfntest.reports", "always"));
        // then
        assertThat(Kit.failures(results)).isEmpty();
        Path page = reports.resolve("ReportWithoutDiagramArtifactTest.SmallOrder/charges.html");
        assertThat(published(results)).containsExactly(page.toAbsolutePath().toString());
        String html = Files.readString(page);
        assertThat(html).contains(MERMAID, "class s0,s1,s3 visited",
                "<p class=\"note\">For an SVG diagram, add the test dependency dev.sfntest:sfn-test-diagram.</p>",
                "<table class=\"timeline\">", "TaskStateEntered").doesNotContain("<svg");
    }

    @Test
    void askingForSvgStillWritesTheReportWithMermaidAndSaysWhatIsMissing() throws Exception {
        // when
        EngineExecutionResults results = Kit.run(SmallOrder.class, reports,
                Map.of("sfntest.reports", "always", "sfntest.reports.diagram", "svg"));
        // then
        assertThat(Kit.failures(results)).isEmpty();
        String html = Files.readString(reports.resolve("ReportWithoutDiagramArtifactTest.SmallOrder/charges.html"));
        assertThat(html).contains(MERMAID, "<p class=\"note\">sfntest.reports.diagram = svg, but sfn-test-diagram is "
                + "not on the test classpath. For an SVG diagram, add the test dependency dev.sfntest:sfn-test-diagram.</p>")
                .doesNotContain("<svg");
    }

    private static java.util.List<String> published(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().list().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("sfn-test report")).toList();
    }
}
