package dev.sfntest.junit5.internal;

import dev.sfntest.data.Json;
import dev.sfntest.report.ExecutionPath;

/**
 * The inspection panel of a report: click a state in the diagram or a row of the timeline, and a
 * side panel lists the state's visits with the data at every step ({@link StateVisits}), as
 * pretty-printed JSON. The data travels in a {@code <script type="application/json">} element,
 * escaped so that no payload can end it; the script is inline, so the page stays one static file.
 */
public final class InspectionPanel {
    static final String STYLE = """
            .diagram g.state, .diagram g.container, table.timeline tr[data-state] { cursor: pointer; }
            .diagram g.sfn-selected rect { stroke: #1d4ed8 !important; stroke-width: 3 !important; }
            table.timeline tr.sfn-selected { background: #dbeafe; }
            .sfn-inspect { position: fixed; top: 0; right: 0; width: 42%; height: 100%; overflow: auto;
              background: #ffffff; border-left: 2px solid #1d4ed8; padding: 12px 16px; box-sizing: border-box;
              box-shadow: -4px 0 12px rgba(16, 24, 40, .15); }
            .sfn-inspect h3 { margin-top: 0; } .sfn-inspect h4 { margin: 10px 0 2px; font-size: 13px; }
            .sfn-inspect .event { color: #667085; font-weight: normal; }
            .sfn-inspect .sfn-close { float: right; }
            .sfn-inspect pre { white-space: pre-wrap; overflow-wrap: anywhere; }
            """;

    /** Runs once the page is parsed; builds everything with text nodes, never with HTML strings. */
    static final String SCRIPT = """
            document.addEventListener('DOMContentLoaded', function () {
              document.querySelectorAll('section.execution').forEach(function (section) {
                var source = section.querySelector('script.sfn-visits');
                var panel = section.querySelector('.sfn-inspect');
                if (!source || !panel) { return; }
                var states = JSON.parse(source.textContent);
                function el(tag, cls, text) {
                  var e = document.createElement(tag);
                  if (cls) { e.className = cls; }
                  if (text !== undefined) { e.textContent = text; }
                  return e;
                }
                function show(name, eventId) {
                  section.querySelectorAll('.sfn-selected').forEach(function (e) { e.classList.remove('sfn-selected'); });
                  section.querySelectorAll('[data-state]').forEach(function (e) {
                    if (e.getAttribute('data-state') === name && !e.hasAttribute('data-event')) { e.classList.add('sfn-selected'); }
                  });
                  var body = panel.querySelector('.sfn-visits');
                  body.textContent = '';
                  panel.querySelector('.sfn-title').textContent = name;
                  var entry = states[name];
                  if (!entry) {
                    body.appendChild(el('p', null, 'Not entered in this execution.'));
                  } else {
                    entry.visits.forEach(function (visit, i) {
                      var details = el('details', 'sfn-visit');
                      var owns = visit.steps.some(function (s) { return String(s.event) === eventId; });
                      details.open = eventId ? owns : i === 0;
                      details.appendChild(el('summary', null, visit.label));
                      visit.steps.forEach(function (step) {
                        var title = el('h4', null, step.title + ' ');
                        title.appendChild(el('span', 'event', '#' + step.event + ' ' + step.type));
                        details.appendChild(title);
                        var text = step.json !== undefined ? JSON.stringify(step.json, null, 2) : step.text;
                        details.appendChild(el('pre', 'sfn-json', text));
                      });
                      body.appendChild(details);
                    });
                    if (entry.omitted > 0) {
                      body.appendChild(el('p', null, entry.omitted + ' later visits not shown.'));
                    }
                  }
                  if (eventId) {
                    var row = section.querySelector('tr[data-event="' + eventId + '"]');
                    if (row) { row.classList.add('sfn-selected'); }
                  }
                  panel.hidden = false;
                }
                section.addEventListener('click', function (event) {
                  if (panel.contains(event.target)) { return; }
                  var target = event.target.closest('[data-state]');
                  if (target) { show(target.getAttribute('data-state'), target.getAttribute('data-event')); }
                });
                panel.querySelector('.sfn-close').addEventListener('click', function () { panel.hidden = true; });
              });
            });
            """;

    private InspectionPanel() {
    }

    /** The hidden panel and the visits' data of one execution, to append inside its section. */
    static void append(StringBuilder html, ExecutionPath path) {
        html.append("<aside class=\"sfn-inspect\" hidden><button type=\"button\" class=\"sfn-close\">close</button>")
                .append("<h3>State <span class=\"sfn-title\"></span></h3><p>The data at each step the history ")
                .append("records, per visit. Click another state or timeline row to switch.</p>")
                .append("<div class=\"sfn-visits\"></div></aside>\n<script type=\"application/json\" class=\"sfn-visits\">")
                .append(scriptSafe(Json.write(StateVisits.of(path)))).append("</script>\n");
    }

    /**
     * JSON that cannot end or confuse its {@code <script>} element: {@code < > &} and the JavaScript
     * line separators as {@code \\u} escapes, which only JSON strings can hold, so the JSON stays equal.
     */
    public static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
