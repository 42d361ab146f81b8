package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.history.HistoryJson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterleavingTest {
    private final StateMachine machine = Definitions.build(json("{'StartAt': 'P', 'States': {'P': {'Type':"
            + " 'Parallel', 'Branches': ["
            + "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Result': 'a', 'End': true}}},"
            + "{'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'Result': 'b', 'End': true}}},"
            + "{'StartAt': 'C', 'States': {'C': {'Type': 'Pass', 'Result': 'c', 'End': true}}}], 'End': true}}}"));

    private List<String> branchOrder(long seed) {
        return Engine.builder().seed(seed).build().execute(machine, json("{}")).history().stream()
                .filter(event -> event.type() == HistoryEventType.PassStateEntered)
                .map(HistoryEvent::details).map(Object::toString).toList();
    }

    @Test
    void seedZeroKeepsDefinitionOrder() {
        assertThat(branchOrder(0)).hasSize(3);
        assertThat(branchOrder(0).get(0)).contains("name=A");
        assertThat(branchOrder(0).get(2)).contains("name=C");
    }

    @Test
    void theSameSeedReplaysTheSameInterleavingAndOtherSeedsMayDiffer() {
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            assertThat(branchOrder(seed)).isEqualTo(branchOrder(seed));
            orders.add(branchOrder(seed));
        }
        assertThat(orders).hasSizeGreaterThan(1);
        String history = HistoryJson.events(Engine.builder().seed(5).build().execute(machine, json("{}"))
                .history()).toString();
        assertThat(HistoryJson.events(Engine.builder().seed(5).build().execute(machine, json("{}")).history())
                .toString()).isEqualTo(history);
    }

    @Test
    void resultsKeepBranchOrderWhateverTheInterleaving() {
        for (long seed = 0; seed < 8; seed++) {
            assertThat(Engine.builder().seed(seed).build().execute(machine, json("{}")).output())
                    .isEqualTo(json("['a', 'b', 'c']"));
        }
    }
}
