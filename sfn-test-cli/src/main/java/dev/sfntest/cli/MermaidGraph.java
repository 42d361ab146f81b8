package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid flowchart of a state machine: one node per state (shape by type), {@code Next} and
 * Choice edges solid, Catch edges dotted, Parallel branches and Map item processors as subgraphs,
 * and the states an execution entered highlighted.
 *
 * <p>One instance draws one chart. (It belongs in {@code dev.sfntest.report} once that package
 * exists; it lives here until then.)
 */
final class MermaidGraph {
    private static final int MAX_LABEL = 60;

    private final StateMachine machine;
    private final Set<String> visited;
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> lines = new ArrayList<>();

    private MermaidGraph(StateMachine machine, Set<String> visited) {
        this.machine = machine;
        this.visited = visited;
    }

    /** The chart's text, {@code \n}-separated lines, no trailing newline. */
    static String render(StateMachine machine, Set<String> visitedStates) {
        return new MermaidGraph(machine, visitedStates).render();
    }

    private String render() {
        lines.add("flowchart TD");
        assignIds(machine.graph());
        lines.add("    start((\"Start\"))");
        lines.add("    stop((\"End\"))");
        graph(machine.graph(), "    ", true);
        lines.add("    start --> " + ids.get(machine.graph().startAt()));
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
            visitedIds.sort(MermaidGraph::byNumber);
            lines.add("    classDef visited fill:#d1fadf,stroke:#067647,stroke-width:2px");
            lines.add("    class " + String.join(",", visitedIds) + " visited");
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
        lines.add(indent + ids.get(owner.name()) + " --> " + id);
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
        String from = ids.get(state.name());
        if (state instanceof ChoiceState choice) {
            for (ChoiceBranch branch : choice.choices()) {
                lines.add(indent + from + " -->|\"" + escape(ruleLabel(machine.source().at(branch.pointer())))
                        + "\"| " + ids.get(branch.next()));
            }
            if (choice.defaultNext() != null) {
                lines.add(indent + from + " -->|\"Default\"| " + ids.get(choice.defaultNext()));
            }
        } else if (state.common().next() != null) {
            lines.add(indent + from + " --> " + ids.get(state.common().next()));
        } else if (top && (state.common().end() || state instanceof SucceedState)) {
            lines.add(indent + from + " --> stop");
        }
        ErrorHandling handling = handling(state);
        if (handling != null) {
            for (Catcher catcher : handling.catchers()) {
                lines.add(indent + from + " -.->|\"" + escape(String.join(", ", catcher.errorEquals())) + "\"| "
                        + ids.get(catcher.next()));
            }
        }
    }

    private static ErrorHandling handling(State state) {
        if (state instanceof TaskState task) {
            return task.handling();
        } else if (state instanceof ParallelState parallel) {
            return parallel.handling();
        } else if (state instanceof MapState map) {
            return map.handling();
        }
        return null;
    }

    /** {@code $.amount NumericGreaterThan 100}, {@code And}, or a JSONata condition. */
    static String ruleLabel(JsonNode rule) {
        String label;
        if (rule.has("Condition")) {
            label = rule.get("Condition").isTextual() ? rule.get("Condition").textValue()
                    : Json.write(rule.get("Condition"));
        } else if (rule.has("And") || rule.has("Or")) {
            String operator = rule.has("And") ? "And" : "Or";
            List<String> parts = new ArrayList<>();
            rule.get(operator).forEach(r -> parts.add(ruleLabel(r)));
            label = "(" + String.join(" " + operator + " ", parts) + ")";
        } else if (rule.has("Not")) {
            label = "Not " + ruleLabel(rule.get("Not"));
        } else {
            label = comparison(rule);
        }
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
    }

    private static String comparison(JsonNode rule) {
        for (Iterator<Map.Entry<String, JsonNode>> it = rule.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (!Set.of("Variable", "Next", "Assign", "Output", "Comment").contains(key)) {
                JsonNode value = field.getValue();
                return rule.path("Variable").asText() + " " + key + " "
                        + (value.isTextual() && key.endsWith("Path") ? value.textValue() : Json.write(value));
            }
        }
        return rule.path("Variable").asText();
    }

    /** Text safe inside a Mermaid quoted label. */
    static String escape(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replaceAll("\\R", " ");
    }
}
