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

    private void raw(String text) {
        err.print(text);
        err.print('\n');
        err.flush();
    }

    /** {@code FILE: SEVERITY CODE LOCATION MESSAGE}, on one line whatever the message holds. */
    static String diagnosticLine(String file, Diagnostic diagnostic) {
        return file + ": " + diagnostic.toString().replaceAll("\\s*\\R\\s*", " ").stripTrailing();
    }
}
