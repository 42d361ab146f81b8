package dev.sfntest.diagram.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.report.ExecutionPath;

/** Lays a state machine out and renders it: the bridge from the public API to the layout and the SVG. */
public final class SvgRenderer {
    private SvgRenderer() {
    }

    /** The SVG text of {@code machine}, with {@code path} drawn when it is not {@code null}. */
    public static String render(StateMachine machine, ExecutionPath path) {
        return SvgDiagram.render(DiagramLayout.of(machine), path);
    }
}
