package dev.sfntest.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Escapes text for HTML and XML (SVG) content and attributes, for the reports and diagrams.
 *
 * <pre>{@code
 * html.append("<td>").append(Html.escape(stateName)).append("</td>");
 * }</pre>
 */
@API(status = INTERNAL)
public final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > " '} escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
