package dev.sfntest.diagram.internal;

import dev.sfntest.report.Html;
import dev.sfntest.report.ExecutionPath;
import java.util.Locale;
import org.eclipse.elk.core.math.KVector;

/**
 * Draws a {@link Diagram} as SVG, with an execution's path on it: states entered filled green,
 * transitions taken thick green, caught errors red and dashed, retries as a badge, a state that
 * never exited outlined red. Every state is a {@code <g class="state ..." data-state="...">},
 * every transition a {@code <g class="transition ..." data-from="..." data-to="...">}.
 */
final class SvgDiagram {
    private static final String STYLE = """
            .state rect, .container rect { fill: #ffffff; stroke: #667085; stroke-width: 1.2; }
            .container rect { fill: #f8f9fc; stroke-dasharray: 4 3; }
            .state.visited rect { fill: #d1fadf; stroke: #067647; stroke-width: 2; }
            .container.visited > rect { stroke: #067647; }
            .state.failed rect { fill: #fde2e2; stroke: #b42318; stroke-width: 2.5; }
            .state.Fail rect { stroke: #b42318; }
            .state.Start rect, .state.End rect { fill: #eeeeee; }
            text { font: 12px sans-serif; fill: #101828; }
            .title { font-weight: bold; fill: #475467; }
            .retries { font-size: 11px; fill: #b54708; font-weight: bold; }
            .transition path { fill: none; stroke: #98a2b3; stroke-width: 1.2; marker-end: url(#arrow); }
            .transition.CATCH path { stroke-dasharray: 5 4; }
            .transition.taken path { stroke: #067647; stroke-width: 3; marker-end: url(#arrow-taken); }
            .transition.caught path { stroke: #b42318; stroke-width: 3; marker-end: url(#arrow-caught); }
            .label { font-size: 10px; fill: #475467; }
            """;

    private final StringBuilder svg = new StringBuilder();
    private final ExecutionPath path;

    private SvgDiagram(ExecutionPath path) {
        this.path = path;
    }

    /** The SVG document of {@code diagram}, with {@code path} drawn when not {@code null}. */
    static String render(Diagram diagram, ExecutionPath path) {
        return new SvgDiagram(path).draw(diagram);
    }

    private String draw(Diagram diagram) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sfn-diagram\" "
                + "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n", diagram.width(), diagram.height(),
                diagram.width(), diagram.height()));
        svg.append("<defs>").append(marker("arrow", "#98a2b3")).append(marker("arrow-taken", "#067647"))
                .append(marker("arrow-caught", "#b42318")).append("</defs>\n");
        svg.append("<style>").append(STYLE).append("</style>\n");
        diagram.boxes().forEach(this::box);
        diagram.lines().forEach(this::line);
        return svg.append("</svg>\n").toString();
    }

    private static String marker(String id, String color) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + color + "\"/></marker>";
    }

    private void box(Box box) {
        String kind = box.compound() ? "container" : "state";
        StringBuilder classes = new StringBuilder(kind).append(' ').append(box.type());
        if (visited(box)) {
            classes.append(" visited");
        }
        if (!box.compound() && path != null && path.visits(box.id()).stream().anyMatch(v -> v.exited() == null)) {
            classes.append(" failed");
        }
        svg.append(String.format(Locale.ROOT, "<g class=\"%s\" data-state=\"%s\"><title>%s</title>"
                + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\"/>", classes,
                Html.escape(box.id()), Html.escape(tooltip(box)), box.x(), box.y(), box.width(), box.height(),
                box.type().equals("Start") || box.type().equals("End") ? 15 : 6));
        if (box.compound()) {
            svg.append(text("title", box.x() + 8, box.y() + 18, box.title() + "  (" + box.type() + ")", false));
        } else {
            svg.append(text("name", box.x() + box.width() / 2, box.y() + box.height() / 2 + 4, box.title(), true));
        }
        int retries = path == null ? 0 : path.retries(box.id());
        if (retries > 0) {
            svg.append(text("retries", box.x() + box.width() - 4, box.y() - 3,
                    "↻ " + retries + (retries == 1 ? " retry" : " retries"), false).replace("<text ",
                    "<text text-anchor=\"end\" "));
        }
        svg.append("</g>\n");
    }

    private boolean visited(Box box) {
        if (path == null) {
            return false;
        }
        if (box.type().equals("Start")) {
            return !path.enteredStates().isEmpty();
        }
        if (box.type().equals("End")) {
            return path.endState().isPresent();
        }
        return path.entries(box.id()) > 0;
    }

    private String tooltip(Box box) {
        if (path == null || box.type().equals("Start") || box.type().equals("End")) {
            return box.title();
        }
        return box.title() + ": entered " + path.entries(box.id()) + "×, attempts " + path.attempts(box.id());
    }

    private void line(Line line) {
        String state = "";
        if (caught(line)) {
            state = " taken caught";
        } else if (taken(line)) {
            state = " taken";
        }
        svg.append("<g class=\"transition ").append(line.kind()).append(state).append("\" data-from=\"")
                .append(Html.escape(line.from())).append("\" data-to=\"").append(Html.escape(line.to()))
                .append("\"><path d=\"");
        for (int i = 0; i < line.points().size(); i++) {
            KVector point = line.points().get(i);
            svg.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", point.x, point.y));
        }
        svg.append("\"/>");
        if (line.label() != null) {
            svg.append(text("label", line.labelX(), line.labelY() + 3, line.label(), true));
        }
        svg.append("</g>\n");
    }

    private boolean taken(Line line) {
        if (path == null) {
            return false;
        }
        if (line.from().equals(DiagramLayout.START)) {
            return !path.enteredStates().isEmpty();
        }
        if (line.to().equals(DiagramLayout.END)) {
            return path.endState().filter(line.from()::equals).isPresent();
        }
        return line.kind() != Line.Kind.CATCH
                && path.transitions().contains(new ExecutionPath.Transition(line.from(), line.to()));
    }

    private boolean caught(Line line) {
        return path != null && line.kind() == Line.Kind.CATCH
                && path.caught().stream().anyMatch(c -> c.state().equals(line.from()) && c.next().equals(line.to()));
    }

    private static String text(String cssClass, double x, double y, String content, boolean centred) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\"%s>%s</text>", cssClass, x, y,
                centred ? " text-anchor=\"middle\"" : "", Html.escape(content));
    }
}
