package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.data.Json;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand's two streams: results on standard output (one JSON value or diagnostic per
 * line, {@code \n}-terminated), messages on standard error prefixed with the command's name.
 */
final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final String prefix;

    private Output(PrintWriter out, PrintWriter err, String prefix) {
        this.out = out;
        this.err = err;
        this.prefix = prefix;
    }

    /** Streams given directly, for the lean start path. */
    static Output of(PrintWriter out, PrintWriter err, String prefix) {
        return new Output(out, err, prefix);
    }

    /** The streams of the command line the subcommand runs in. */
    static Output of(CommandSpec spec) {
        return new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), spec.qualifiedName() + ": ");
    }

    /** One compact JSON value on its own line of standard output. */
    void json(JsonNode value) {
        line(Json.write(value));
    }

    /** One line of standard output. */
    void line(String text) {
        out.print(text);
        out.print('\n');
        out.flush();
    }

    /** Diagnostics as {@code FILE: SEVERITY CODE LOCATION MESSAGE}, one per line, on standard output. */
    void diagnostics(String file, List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> line(diagnosticLine(file, d)));
    }

    /** Diagnostics in the same format on standard error. */
    void diagnosticsToErr(String file, List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> raw(diagnosticLine(file, d)));
    }

    /** A message on standard error, prefixed with the command's name. */
    void error(String message) {
        raw(prefix + message);
    }

    /** A heading prefixed with the command's name, then lines as they are, on standard error. */
    void errorBlock(String heading, List<String> lines) {
        raw(prefix + heading);
        lines.forEach(this::raw);
    }

    private void raw(String text) {
        err.print(text);
        err.print('\n');
        err.flush();
    }

    /** Whether writing to standard output failed (a closed pipe, a full disk): {@link PrintWriter} hides it. */
    boolean outputFailed() {
        return out.checkError();
    }

    /**
     * {@code FILE: SEVERITY CODE LOCATION MESSAGE}, on one line whatever the file name and the
     * message hold (control characters in a file name are written as {@code \\n}, {@code \\u0007}).
     */
    static String diagnosticLine(String file, Diagnostic diagnostic) {
        return oneLine(file) + ": " + diagnostic.toString().replaceAll("\\s*\\R\\s*", " ").stripTrailing();
    }

    /** The text with its control characters escaped, so that it stays on one line. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
