package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in a real headless Chromium: it loads without errors or network requests,
 * the diagram shows, clicking a state shows its inspection data, and payloads cannot break the page.
 */
class ReportInBrowserTest {
    static final String HOW_TO_ENABLE = "ReportInBrowserTest skipped: no Chromium found (looked for "
            + "$SFNTEST_CHROMIUM when set, else /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). "
            + "Install it with `apt-get install -y chromium` (Debian; .ci/run does this when it runs as root) "
            + "or set SFNTEST_CHROMIUM to a Chromium or Chrome binary.";
    /** An order id that would end the data's script element, open a comment and run a script if unescaped. */
    static final String HOSTILE = "</script><script>window.pwned = 1</script><!-- <b>bold</b> & \u2028";

    @TempDir
    Path reports;

    @TempDir
    Path profile;

    @StepFunctionTest("machines/hello.asl.json")
    @MockConfig(value = "machines/hello.mocks.json", testCase = "HappyPath")
    static class HostileOrder {
        @Test
        void charges(StepFunctionRunner runner) {
            String input = "{\"orderId\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(HOSTILE)
                    + ", \"amount\": 20}";
            assertThatExecution(runner.run(input)).succeeded();
        }
    }

    @Test
    void theReportWorksInAHeadlessBrowser() throws Exception {
        // given
        Optional<Path> binary = HeadlessChromium.binary();
        if (binary.isEmpty()) {
            System.out.println(HOW_TO_ENABLE);
        }
        Assumptions.assumeTrue(binary.isPresent(), HOW_TO_ENABLE);
        assertThat(Kit.failures(Kit.run(HostileOrder.class, reports, Map.of("sfntest.reports", "always")))).isEmpty();
        Path page = reports.resolve("ReportInBrowserTest.HostileOrder/charges.html");
        try (HeadlessChromium chromium = HeadlessChromium.start(binary.get(), profile)) {
            // when
            chromium.open(page);
            // then: the page and its diagram loaded, nothing ran that should not, nothing left the file
            assertThat(chromium.evaluate("document.querySelectorAll('svg.sfn-diagram g.state').length").asInt())
                    .isGreaterThan(3);
            assertThat(chromium.evaluate("document.querySelector('.sfn-inspect').hidden").asBoolean()).isTrue();
            assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
            assertThat(chromium.evaluate("document.querySelectorAll('section.execution').length").asInt())
                    .isEqualTo(1);

            // when: a state of the diagram is clicked
            chromium.click("svg.sfn-diagram g.state[data-state='ChargeCard']");
            // then: its visit with the data at every step
            assertThat(chromium.evaluate("document.querySelector('.sfn-inspect').hidden").asBoolean()).isFalse();
            assertThat(chromium.evaluate("document.querySelector('.sfn-title').textContent").asText())
                    .isEqualTo("ChargeCard");
            JsonNode steps = chromium.evaluate("[...document.querySelectorAll('.sfn-visit[open] h4')]"
                    + ".map(h => h.firstChild.textContent.trim())");
            assertThat(steps).extracting(JsonNode::asText).containsExactly("Input",
                    "Parameters (after InputPath and Parameters or Arguments)", "Result",
                    "Output (after ResultSelector, ResultPath and OutputPath)");
            String shown = chromium.evaluate("document.querySelector('.sfn-visit[open]').textContent").asText();
            assertThat(shown).contains("\"chargeId\": \"ch-1001\"", "\"orderId\": \"</script><script>window.pwned = 1"
                    + "</script><!-- <b>bold</b> & \u2028\"");
            assertThat(chromium.evaluate("document.querySelectorAll('.sfn-inspect b').length").asInt()).isZero();

            // when: a row of the timeline is clicked
            chromium.click("table.timeline tr[data-state='PrepareOrder']");
            // then
            assertThat(chromium.evaluate("document.querySelector('.sfn-title').textContent").asText())
                    .isEqualTo("PrepareOrder");
            assertThat(chromium.evaluate("document.querySelector('.sfn-visit[open] summary').textContent").asText())
                    .isEqualTo("Visit 1 of 1");
            assertThat(chromium.errors()).isEmpty();
            assertThat(chromium.requests()).allMatch(url -> url.startsWith("file:"), "only the file itself");
            assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
        }
    }
}
