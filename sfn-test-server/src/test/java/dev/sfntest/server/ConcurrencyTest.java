package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Many clients at once: each runs its own executions and callbacks; nothing is lost or mixed up. */
class ConcurrencyTest {
    final ServerFixture fixture = new ServerFixture(builder -> builder.retainedExecutions(25));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void parallel_clients_start_and_complete_their_own_executions() throws Exception {
        String machine = fixture.create("Callback", CallbackTest.CALLBACK);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> outputs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                outputs.add(clients.submit(() -> {
                    String arn = fixture.start(machine, "run-" + n, "{}");
                    String token = CallbackTest.tokenOf(fixture, arn);
                    fixture.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"n\": " + n + "}"));
                    return fixture.awaitEnd(arn).output();
                }));
            }
            for (int i = 0; i < outputs.size(); i++) {
                assertThat(outputs.get(i).get()).isEqualTo("{\"n\":" + i + "}");
            }
        } finally {
            clients.shutdownNow();
        }
        // bounded memory: only the 25 most recently ended executions are kept
        assertThat(fixture.sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(1000)).executions())
                .hasSize(25).allMatch(item -> item.status() == ExecutionStatus.SUCCEEDED);
    }
}
