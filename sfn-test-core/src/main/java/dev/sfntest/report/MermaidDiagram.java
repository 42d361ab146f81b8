package dev.sfntest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.SucceedState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A Mermaid flowchart of a state machine, for Markdown: one node per state (shape by type),
 * {@code Next} and Choice edges solid, Catch edges dotted, Parallel branches and Map item
 * processors as subgraphs, and an execution's path drawn on it (the states it entered filled, the
 * transitions it took thick).
 *
 * <pre>{@code
 * String markdown = "```mermaid\n" + MermaidDiagram.render(machine, ExecutionPath.of(result)) + "\n```";
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class MermaidDiagram {
    private final StateMachine machine;
    private final Set<String> visited;
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final ExecutionPath path;
    private final List<Integer> takenEdges = new ArrayList<>();
    private int edgeCount;

    private MermaidDiagram(StateMachine machine, Set<String> visited, ExecutionPath path) {
        this.machine = machine;
        this.visited = visited;
        this.path = path;
    }

    /** The chart's text with {@code visitedStates} highlighted: {@code \n}-separated lines, no trailing newline. */
    public static String render(StateMachine machine, Set<String> visitedStates) {
        return new MermaidDiagram(machine, visitedStates, null).render();
    }

    /** The chart's text with the states entered and the transitions taken on {@code path} highlighted. */
    public static String render(StateMachine machine, ExecutionPath path) {
        return new MermaidDiagram(machine, Set.copyOf(path.enteredStates()), path).render();
    }

    /** The chart's text alone. */
    public static String render(StateMachine machine) {
        return render(machine, Set.of());
    }

    private void edge(String indent, String from, String arrow, String to, boolean taken) {
        lines.add(indent + ids.getOrDefault(from, from) + " " + arrow + " " + ids.getOrDefault(to, to));
        if (taken) {
            takenEdges.add(edgeCount);
        }
        edgeCount++;
    }

    private boolean taken(String from, String to) {
        return path != null && path.transitions().contains(new ExecutionPath.Transition(from, to));
    }

    private String render() {
        lines.add("flowchart TD");
        assignIds(machine.graph());
        lines.add("    start((\"Start\"))");
        lines.add("    stop((\"End\"))");
        graph(machine.graph(), "    ", true);
        edge("    ", "start", "-->", machine.graph().startAt(), path != null && !path.enteredStates().isEmpty());
        lines.add("    classDef terminal fill:#eeeeee,stroke:#555555");
        lines.add("    classDef fail fill:#fde2e2,stroke:#b42318");
        lines.add("    class start,stop terminal");
        List<String> failStates = new ArrayList<>();
        List<String> visitedIds = new ArrayList<>();
        ids.forEach((name, id) -> {
            if (visited.contains(name)) {
                visitedIds.add(id);
            }
        });
        collectFailStates(machine.graph(), failStates);
        if (!failStates.isEmpty()) {
            lines.add("    class " + String.join(",", failStates) + " fail");
        }
        if (!visitedIds.isEmpty()) {
            visitedIds.sort(MermaidDiagram::byNumber);
            lines.add("    classDef visited fill:#d1fadf,stroke:#067647,stroke-width:2px");
            lines.add("    class " + String.join(",", visitedIds) + " visited");
        }
        if (!takenEdges.isEmpty()) {
            lines.add("    linkStyle " + takenEdges.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + " stroke:#067647,stroke-width:3px");
        }
        return String.join("\n", lines);
    }

    private static int byNumber(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    }

    private void assignIds(StateGraph graph) {
        for (State state : graph.states().values()) {
            ids.put(state.name(), "s" + ids.size());
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(this::assignIds);
            } else if (state instanceof MapState map) {
                assignIds(map.processor());
            }
        }
    }

    private void collectFailStates(StateGraph graph, List<String> out) {
        for (State state : graph.states().values()) {
            if (state instanceof FailState) {
                out.add(ids.get(state.name()));
            } else if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(b -> collectFailStates(b, out));
            } else if (state instanceof MapState map) {
                collectFailStates(map.processor(), out);
            }
        }
    }

    private void graph(StateGraph graph, String indent, boolean top) {
        for (State state : graph.states().values()) {
            lines.add(indent + node(state));
            if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    subgraph(state, parallel.branches().get(i), "b" + i, "Branch " + (i + 1), indent);
                }
            } else if (state instanceof MapState map) {
                subgraph(state, map.processor(), "items", "Item processor", indent);
            }
        }
        for (State state : graph.states().values()) {
            edges(state, indent, top);
        }
    }

    private void subgraph(State owner, StateGraph graph, String suffix, String title, String indent) {
        String id = ids.get(owner.name()) + "_" + suffix;
        lines.add(indent + "subgraph " + id + " [\"" + escape(title) + "\"]");
        lines.add(indent + "    direction TD");
        graph(graph, indent + "    ", false);
        lines.add(indent + "end");
        edge(indent, owner.name(), "-->", id, path != null && visited.contains(owner.name()));
    }

    private String node(State state) {
        String id = ids.get(state.name());
        String label = "\"" + escape(state.name()) + "\"";
        switch (state.type()) {
            case "Choice":
                return id + "{" + label + "}";
            case "Pass":
                return id + "(" + label + ")";
            case "Wait":
                return id + "[/" + label + "/]";
            case "Parallel":
            case "Map":
                return id + "[[" + label + "]]";
            case "Succeed":
            case "Fail":
                return id + "([" + label + "])";
            default:
                return id + "[" + label + "]";
        }
    }

    private void edges(State state, String indent, boolean top) {
        if (state instanceof ChoiceState choice) {
            for (ChoiceBranch branch : choice.choices()) {
                edge(indent, state.name(), "-->|\"" + escape(ChoiceLabels.of(machine, branch)) + "\"|",
                        branch.next(), taken(state.name(), branch.next()));
            }
            if (choice.defaultNext() != null) {
                edge(indent, state.name(), "-->|\"Default\"|", choice.defaultNext(),
                        taken(state.name(), choice.defaultNext()));
            }
        } else if (state.common().next() != null) {
            edge(indent, state.name(), "-->", state.common().next(), taken(state.name(), state.common().next()));
        } else if (top && (state.common().end() || state instanceof SucceedState)) {
            edge(indent, state.name(), "-->", "stop",
                    path != null && path.endState().filter(state.name()::equals).isPresent());
        }
        ErrorHandling handling = state.handling();
        if (handling != null) {
            for (Catcher catcher : handling.catchers()) {
                edge(indent, state.name(), "-.->|\"" + escape(String.join(", ", catcher.errorEquals())) + "\"|",
                        catcher.next(), path != null && path.caught().stream()
                                .anyMatch(c -> c.state().equals(state.name()) && c.next().equals(catcher.next())));
            }
        }
    }

    /** Text safe inside a Mermaid quoted label. */
    private static String escape(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replaceAll("\\R", " ");
    }
}
