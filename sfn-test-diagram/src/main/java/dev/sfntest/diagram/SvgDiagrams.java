package dev.sfntest.diagram;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.diagram.internal.SvgRenderer;
import dev.sfntest.report.ExecutionPath;
import org.apiguardian.api.API;

/**
 * SVG pictures of a state machine, laid out by Eclipse ELK's layered algorithm, with an
 * execution's path drawn on it: visited states, taken transitions, retries and caught errors.
 *
 * <pre>{@code
 * String svg = SvgDiagrams.render(machine, ExecutionPath.of(result));
 * Files.writeString(Path.of("target/order.svg"), svg);
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class SvgDiagrams {
    private SvgDiagrams() {
    }

    /** The state machine alone. */
    public static String render(StateMachine machine) {
        return SvgRenderer.render(machine, null);
    }

    /** The state machine with {@code path} drawn on it ({@code null}: no path). */
    public static String render(StateMachine machine, ExecutionPath path) {
        return SvgRenderer.render(machine, path);
    }
}
