package dev.sfntest.diagram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.report.ExecutionPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG diagram is laid out by ELK and shows the path an execution took. */
class SvgDiagramTest {
    static StateMachine machine(String resource) throws Exception {
        try (InputStream in = SvgDiagramTest.class.getClassLoader().getResourceAsStream(resource)) {
            return Definitions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code data-state} (or {@code data-from→data-to}) of every {@code <g>} whose class has all {@code classes}. */
    static List<String> groups(Document svg, String... classes) {
        List<String> out = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            List<String> has = List.of(g.getAttribute("class").split(" "));
            if (has.containsAll(List.of(classes))) {
                out.add(g.hasAttribute("data-state") ? g.getAttribute("data-state")
                        : g.getAttribute("data-from") + "→" + g.getAttribute("data-to"));
            }
        }
        return out;
    }

    @Nested
    class Hello {
        @Test
        void drawsTheVisitedStatesAndTakenTransitions() throws Exception {
            // given a large order, held for review, then charged
            StateMachine machine = machine("machines/hello.asl.json");
            ExecutionResult result = Engine.builder()
                    .taskHandler(TaskMocks.of(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"c\"}}")))
                    .build().execute(machine, Json.parse("{\"orderId\": \"o\", \"amount\": 250}"));

            // when
            Document svg = parse(SvgDiagram.render(DiagramLayout.of(machine), ExecutionPath.of(result)));

            // then
            assertThat(groups(svg, "state")).containsExactlyInAnyOrder("PrepareOrder", "IsLargeOrder",
                    "WaitForReview", "ChargeCard", "(start)", "(end)");
            assertThat(groups(svg, "state", "visited")).containsExactlyInAnyOrder("PrepareOrder", "IsLargeOrder",
                    "WaitForReview", "ChargeCard", "(start)", "(end)");
            assertThat(groups(svg, "transition", "taken")).containsExactlyInAnyOrder("(start)→PrepareOrder",
                    "PrepareOrder→IsLargeOrder", "IsLargeOrder→WaitForReview", "WaitForReview→ChargeCard",
                    "ChargeCard→(end)");
            assertThat(groups(svg, "transition")).contains("IsLargeOrder→ChargeCard");
        }
    }

    @Nested
    class RetriesAndCatches {
        @Test
        void marksRetriedStatesAndCaughtErrors() throws Exception {
            // given a Map whose first item is retried and whose second is caught
            StateMachine machine = machine("machines/retry.asl.json");
            ExecutionResult result = Engine.builder().taskHandler(TaskMocks.of(TaskMocks.forState("Work")
                    .throwsError("Busy", "busy").thenThrowsError("Broken", "broken").thenReturns("{}").andSoOn()))
                    .build().execute(machine, Json.parse("{\"items\": [1, 2]}"));

            // when
            String text = SvgDiagram.render(DiagramLayout.of(machine), ExecutionPath.of(result));
            Document svg = parse(text);

            // then
            assertThat(groups(svg, "transition", "caught")).containsExactly("Work→Recover");
            assertThat(groups(svg, "container")).contains("Fan", "Fan#0", "Fan#1", "Each");
            assertThat(text).contains(">↻ 1 retry</text>");
        }
    }
}
