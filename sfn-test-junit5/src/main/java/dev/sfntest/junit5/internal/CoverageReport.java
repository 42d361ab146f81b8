package dev.sfntest.junit5.internal;

import dev.sfntest.report.Html;
import dev.sfntest.report.Coverage;
import java.util.Locale;
import java.util.Map;

/** The coverage of a class or a run: a text summary and an HTML page listing what was never exercised. */
final class CoverageReport {
    private CoverageReport() {
    }

    static String text(String title, Map<String, Coverage> byDefinition) {
        StringBuilder out = new StringBuilder("Step Functions coverage of ").append(title).append('\n');
        byDefinition.forEach((definition, coverage) -> {
            out.append(String.format(Locale.ROOT, "  %s: %d of %d exercised (%.1f%%)%n", definition,
                    coverage.exercised(), coverage.total(), coverage.ratio() * 100));
            coverage.neverExercised().forEach(i -> out.append("    never ").append(i.kind()).append(' ')
                    .append(i.name()).append('\n'));
        });
        return out.toString();
    }

    static String html(String title, Map<String, Coverage> byDefinition) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Coverage</title><style>body { font: 14px sans-serif; margin: 24px; } .missed { color: "
                + "#b42318; } .hit { color: #067647; }</style></head><body>\n<h1>Step Functions coverage of ")
                .append(Html.escape(title)).append("</h1>\n");
        byDefinition.forEach((definition, coverage) -> {
            html.append(String.format(Locale.ROOT, "<h2>%s: %d of %d exercised (%.1f%%)</h2>%n<ul>",
                    Html.escape(definition), coverage.exercised(), coverage.total(), coverage.ratio() * 100));
            coverage.items().forEach(i -> html.append("<li class=\"").append(i.exercised() ? "hit" : "missed")
                    .append("\">").append(i.exercised() ? "✔ " : "✘ never ").append(i.kind()).append(' ')
                    .append(Html.escape(i.name())).append("</li>"));
            html.append("</ul>\n");
        });
        return html.append("</body></html>\n").toString();
    }
}
