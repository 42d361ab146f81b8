package dev.sfntest.junit5.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.diagram.SvgDiagrams;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.Html;
import dev.sfntest.report.MermaidDiagram;
import dev.sfntest.report.Timeline;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The diagram of a report. {@code sfn-test-diagram} is an optional dependency: when it is on the test
 * classpath the diagram is an SVG picture laid out by ELK; otherwise it is a Mermaid flowchart as
 * text, in {@code <pre class="mermaid">}, with the path taken in its first comment. The
 * configuration parameter (or system property) {@code sfntest.reports.diagram} chooses:
 * {@code auto} (the default: SVG when available), {@code svg} or {@code mermaid}.
 *
 * <p>This is the only class that names {@code sfn-test-diagram}'s types, and only in {@link Svg}, which
 * the JVM loads when an SVG is drawn.
 */
final class ReportDiagrams {
    /** The configuration parameter. */
    static final String PARAMETER = "sfntest.reports.diagram";
    static final String HINT = "For an SVG diagram, add the test dependency dev.sfntest:sfn-test-diagram.";
    private static final String SVG_API = "dev.sfntest.diagram.SvgDiagrams";
    private static final boolean SVG_AVAILABLE = svgOnClasspath();

    /** Which diagram a report draws. */
    enum Kind {
        /** SVG when {@code sfn-test-diagram} is on the classpath, else Mermaid. */
        AUTO,
        /** SVG; Mermaid with a note when {@code sfn-test-diagram} is missing. */
        SVG,
        /** Mermaid, as text. */
        MERMAID
    }

    private ReportDiagrams() {
    }

    /** The kind configured by {@code value} ({@code sfntest.reports.diagram}), {@link Kind#AUTO} when absent. */
    static Kind kind(Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            return Kind.AUTO;
        }
        String text = value.get().trim();
        for (Kind kind : Kind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new ExtensionConfigurationException(PARAMETER + " = \"" + text + "\" is not a diagram kind: "
                + "write auto, svg or mermaid");
    }

    /** Whether a report of this kind draws SVG here. */
    static boolean drawsSvg(Kind kind) {
        return kind != Kind.MERMAID && SVG_AVAILABLE;
    }

    /** The diagram's HTML: SVG in {@code <div class="diagram">}, or the Mermaid text in {@code <pre class="mermaid">}. */
    static String html(Kind kind, StateMachine machine, ExecutionPath path) {
        if (drawsSvg(kind)) {
            return "<div class=\"diagram\">" + Svg.render(machine, path) + "</div>\n";
        }
        String note = kind == Kind.SVG ? "<p class=\"note\">" + PARAMETER + " = svg, but sfn-test-diagram is not on "
                + "the test classpath. " + HINT + "</p>\n" : kind == Kind.AUTO ? "<p class=\"note\">" + HINT + "</p>\n" : "";
        return "<pre class=\"mermaid\">" + Html.escape(mermaid(machine, path)) + "</pre>\n" + note;
    }

    /** The Mermaid flowchart with the path drawn on it and written in its first comment. */
    static String mermaid(StateMachine machine, ExecutionPath path) {
        String chart = MermaidDiagram.render(machine, path);
        int firstLine = chart.indexOf('\n');
        String comment = "    %% path taken: " + Timeline.pathTaken(path).replaceAll("\\R", " ");
        return firstLine < 0 ? chart + "\n" + comment
                : chart.substring(0, firstLine + 1) + comment + chart.substring(firstLine);
    }

    private static boolean svgOnClasspath() {
        try {
            Class.forName(SVG_API, false, ReportDiagrams.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The one place that calls {@code sfn-test-diagram}: loaded only when an SVG is drawn. */
    private static final class Svg {
        static String render(StateMachine machine, ExecutionPath path) {
            return SvgDiagrams.render(machine, path);
        }
    }
}
