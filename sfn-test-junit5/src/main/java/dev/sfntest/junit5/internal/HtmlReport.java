package dev.sfntest.junit5.internal;

import dev.sfntest.report.Html;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.report.Coverage;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.Timeline;
import dev.sfntest.report.MermaidDiagram;
import java.util.List;

/**
 * One test's HTML page: for each execution its status, the diagram with the path taken (SVG laid
 * out by ELK, or Mermaid text: {@link ReportDiagrams}), the timeline with virtual times, the Mermaid
 * source, and what the test left unexercised. Self-contained: one inline script (the inspection
 * panel), no external file.
 */
final class HtmlReport {
    private static final String STYLE = """
            body { font: 14px sans-serif; margin: 24px; color: #101828; }
            h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 32px; }
            .SUCCEEDED { color: #067647; } .FAILED, .TIMED_OUT, .ABORTED { color: #b42318; }
            table { border-collapse: collapse; } td, th { padding: 2px 10px; text-align: left; }
            tr:nth-child(even) { background: #f2f4f7; } td.num { text-align: right; color: #667085; }
            pre { background: #f8f9fc; padding: 8px; overflow-x: auto; }
            .diagram { overflow: auto; border: 1px solid #eaecf0; padding: 8px; }
            .note { color: #667085; font-size: 12px; }
            """;

    private HtmlReport() {
    }

    static String render(String title, boolean failed, List<TestEnvironment.Ran> executions,
            ReportDiagrams.Kind diagram) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>").append(STYLE)
                .append(InspectionPanel.STYLE).append("</style><script>").append(InspectionPanel.SCRIPT)
                .append("</script></head><body>\n<h1>").append(Html.escape(title)).append(" — ")
                .append(failed ? "<span class=\"FAILED\">test failed</span>" : "<span class=\"SUCCEEDED\">test passed</span>")
                .append("</h1>\n");
        for (int i = 0; i < executions.size(); i++) {
            execution(html, i + 1, executions.get(i), diagram);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void execution(StringBuilder html, int number, TestEnvironment.Ran ran,
            ReportDiagrams.Kind diagram) {
        ExecutionResult result = ran.result();
        ExecutionPath path = ExecutionPath.of(result);
        html.append("<section class=\"execution\"><h2>Execution ").append(number).append(" of ")
                .append(Html.escape(ran.ref().location())).append(": <span class=\"").append(result.status())
                .append("\">").append(result.status()).append("</span></h2>\n<p>Started ")
                .append(result.startDate()).append(", virtual duration ")
                .append(Timeline.offset(result.startDate(), result.stopDate()).substring(1)).append("</p>\n");
        if (result.error() != null || result.cause() != null) {
            html.append("<p class=\"FAILED\">").append(Html.escape(String.valueOf(result.error()))).append(": ")
                    .append(Html.escape(String.valueOf(result.cause()))).append("</p>\n");
        }
        if (result.output() != null) {
            html.append("<details><summary>Output</summary><pre>")
                    .append(Html.escape(Json.write(result.output()))).append("</pre></details>\n");
        }
        html.append(ReportDiagrams.html(diagram, ran.machine(), path));
        timeline(html, result, path);
        if (ReportDiagrams.drawsSvg(diagram)) {
            html.append("<details><summary>Mermaid</summary><pre>")
                    .append(Html.escape(MermaidDiagram.render(ran.machine(), path))).append("</pre></details>\n");
        }
        List<Coverage.Item> missed = Coverage.of(ran.machine(), List.of(path)).neverExercised();
        html.append("<details><summary>Not exercised by this execution (").append(missed.size())
                .append(")</summary><ul>");
        missed.forEach(i -> html.append("<li>").append(i.kind()).append(' ').append(Html.escape(i.name()))
                .append("</li>"));
        html.append("</ul></details></section>\n");
    }

    private static void timeline(StringBuilder html, ExecutionResult result, ExecutionPath path) {
        html.append("<h3>Timeline</h3><table class=\"timeline\"><tr><th>#</th><th>virtual time</th><th>at</th>")
                .append("<th>event</th><th>state and details</th></tr>\n");
        for (HistoryEvent event : result.history()) {
            String state = path.stateOf(event).orElse(null);
            html.append(state == null ? "<tr>" : "<tr data-state=\"" + Html.escape(state) + "\" data-event=\""
                    + event.id() + "\">").append("<td class=\"num\">").append(event.id()).append("</td><td>")
                    .append(Timeline.offset(result.startDate(), event.timestamp())).append("</td><td>")
                    .append(event.timestamp()).append("</td><td>").append(event.type()).append("</td><td>")
                    .append(Html.escape(Timeline.detail(event, path))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        InspectionPanel.append(html, path);
    }
}
