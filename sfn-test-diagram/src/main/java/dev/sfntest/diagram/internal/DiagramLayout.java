package dev.sfntest.diagram.internal;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.SucceedState;
import dev.sfntest.report.ChoiceLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a state machine out with Eclipse ELK's layered algorithm: states as boxes, Parallel
 * branches and Map item processors as nested boxes, transitions as routed lines. Coordinates come
 * back absolute, free of ELK types.
 */
final class DiagramLayout {
    static final String START = "(start)";
    static final String END = "(end)";
    private static final double CHAR_WIDTH = 7.2;

    private static final long LAYOUT_STACK_BYTES = 512L * 1024 * 1024;

    private final StateMachine machine;
    private final Map<ElkNode, Box> boxes = new HashMap<>();
    private final Map<ElkEdge, Line> lines = new HashMap<>();

    private DiagramLayout(StateMachine machine) {
        this.machine = machine;
    }

    /** The laid-out diagram of {@code machine}. */
    static Diagram of(StateMachine machine) {
        return new DiagramLayout(machine).layout();
    }

    private Diagram layout() {
        ElkNode root = container(null);
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        Map<String, ElkNode> top = states(root, machine.graph(), "");
        ElkNode start = node(root, START, "Start", "Start", 60, 30, false);
        ElkNode end = node(root, END, "End", "End", 60, 30, false);
        top.put(START, start);
        top.put(END, end);
        edge(root, start, top.get(machine.graph().startAt()), Line.Kind.NEXT, null, START,
                machine.graph().startAt());
        for (State state : machine.graph().states().values()) {
            if (state.common().end() || state instanceof SucceedState) {
                edge(root, top.get(state.name()), end, Line.Kind.NEXT, null, state.name(), END);
            }
        }
        layOut(root);
        List<Box> outBoxes = new ArrayList<>();
        List<Line> outLines = new ArrayList<>();
        collect(root, 0, 0, outBoxes, outLines);
        return new Diagram(root.getWidth(), root.getHeight(), outBoxes, outLines);
    }

    /**
     * Runs ELK's layered layout on a thread of its own with a {@value #LAYOUT_STACK_BYTES}-byte
     * stack: the algorithm walks a chain of states recursively, and a long chain (thousands of
     * states, as a 1 MB definition can hold) overflows an ordinary thread's stack.
     */
    private static void layOut(ElkNode root) {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "sfn-test-diagram-layout", LAYOUT_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while laying the diagram out", e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        } else if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    private static ElkNode container(ElkNode parent) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        node.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        node.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        node.setProperty(CoreOptions.PADDING, new ElkPadding(30, 16, 16, 16));
        return node;
    }

    private Map<String, ElkNode> states(ElkNode parent, StateGraph graph, String scope) {
        Map<String, ElkNode> nodes = new HashMap<>();
        for (State state : graph.states().values()) {
            ElkNode node;
            if (state instanceof ParallelState parallel) {
                node = compound(parent, state);
                for (int i = 0; i < parallel.branches().size(); i++) {
                    ElkNode branch = container(node);
                    boxes.put(branch, new Box(state.name() + "#" + i, "Branch", "Branch " + (i + 1), true));
                    states(branch, parallel.branches().get(i), state.name());
                }
            } else if (state instanceof MapState map) {
                node = compound(parent, state);
                states(node, map.processor(), state.name());
            } else {
                node = node(parent, state.name(), state.type(), state.name(),
                        Math.max(90, state.name().length() * CHAR_WIDTH + 28), 40, false);
            }
            nodes.put(state.name(), node);
        }
        for (State state : graph.states().values()) {
            edges(parent, state, nodes);
        }
        return nodes;
    }

    private ElkNode compound(ElkNode parent, State state) {
        ElkNode node = container(parent);
        boxes.put(node, new Box(state.name(), state.type(), state.name(), true));
        return node;
    }

    private ElkNode node(ElkNode parent, String id, String type, String title, double width, double height,
            boolean compound) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setDimensions(width, height);
        boxes.put(node, new Box(id, type, title, compound));
        return node;
    }

    private void edges(ElkNode parent, State state, Map<String, ElkNode> nodes) {
        ElkNode from = nodes.get(state.name());
        if (state instanceof ChoiceState choice) {
            for (ChoiceBranch branch : choice.choices()) {
                edge(parent, from, nodes.get(branch.next()), Line.Kind.CHOICE, ChoiceLabels.of(machine, branch),
                        state.name(), branch.next());
            }
            if (choice.defaultNext() != null) {
                edge(parent, from, nodes.get(choice.defaultNext()), Line.Kind.CHOICE, "Default", state.name(),
                        choice.defaultNext());
            }
        } else if (state.common().next() != null) {
            edge(parent, from, nodes.get(state.common().next()), Line.Kind.NEXT, null, state.name(),
                    state.common().next());
        }
        ErrorHandling handling = state.handling();
        for (Catcher catcher : handling == null ? List.<Catcher>of() : handling.catchers()) {
            edge(parent, from, nodes.get(catcher.next()), Line.Kind.CATCH, String.join(", ", catcher.errorEquals()),
                    state.name(), catcher.next());
        }
    }

    private void edge(ElkNode parent, ElkNode from, ElkNode to, Line.Kind kind, String label, String fromName,
            String toName) {
        ElkEdge edge = ElkGraphUtil.createEdge(parent);
        edge.getSources().add(from);
        edge.getTargets().add(to);
        if (label != null) {
            ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
            elkLabel.setDimensions(label.length() * 6.2 + 8, 14);
            elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        }
        lines.put(edge, new Line(fromName, toName, kind, label, List.of(), 0, 0));
    }

    private void collect(ElkNode container, double dx, double dy, List<Box> outBoxes, List<Line> outLines) {
        for (ElkNode child : container.getChildren()) {
            double x = dx + child.getX();
            double y = dy + child.getY();
            outBoxes.add(boxes.get(child).at(x, y, child.getWidth(), child.getHeight()));
            collect(child, x, y, outBoxes, outLines);
        }
        for (ElkEdge edge : container.getContainedEdges()) {
            outLines.add(lines.get(edge).routed(edge, dx, dy));
        }
    }
}
