package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.ROLE;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;

class AliasTest {
    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    static RoutingConfigurationListItem route(String versionArn, int weight) {
        return RoutingConfigurationListItem.builder().stateMachineVersionArn(versionArn).weight(weight).build();
    }

    @Test
    void an_alias_routes_executions_to_its_versions_by_weight() {
        String v1 = fixture.sfn.createStateMachine(b -> b.name("Aliased").roleArn(ROLE).publish(true)
                .definition(StateMachineActionsTest.PASS)).stateMachineVersionArn();
        String v2 = fixture.sfn.updateStateMachine(b -> b.stateMachineArn(PREFIX + "stateMachine:Aliased")
                .definition(StateMachineActionsTest.PASS_2).publish(true)).stateMachineVersionArn();
        String alias = fixture.sfn.createStateMachineAlias(b -> b.name("live").description("prod")
                .routingConfiguration(route(v1, 50), route(v2, 50))).stateMachineAliasArn();

        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            DescribeExecutionResponse described = fixture.awaitEnd(fixture.start(alias, "run" + i, "{}"));
            assertThat(described.stateMachineAliasArn()).isEqualTo(alias);
            versions.add(described.stateMachineVersionArn());
        }
        DescribeStateMachineAliasResponse described = fixture.sfn.describeStateMachineAlias(b -> b
                .stateMachineAliasArn(alias));

        assertThat(alias).isEqualTo(PREFIX + "stateMachine:Aliased:live");
        assertThat(versions).containsExactly(v1, v2, v1, v2);
        assertThat(described.description()).isEqualTo("prod");
        assertThat(described.routingConfiguration()).containsExactly(route(v1, 50), route(v2, 50));
        assertThat(fixture.sfn.listExecutions(b -> b.stateMachineArn(alias)).executions()).hasSize(4);
        assertThat(fixture.sfn.listStateMachineAliases(b -> b.stateMachineArn(PREFIX + "stateMachine:Aliased"))
                .stateMachineAliases()).extracting(a -> a.stateMachineAliasArn()).containsExactly(alias);

        fixture.sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(alias).routingConfiguration(route(v2, 100)));
        assertThat(fixture.awaitEnd(fixture.start(alias, "after", "{}")).output()).isEqualTo("2");
        fixture.sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        failure(() -> fixture.sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias)), "ResourceNotFound",
                "Resource not found: '" + alias + "'");
    }

    @Test
    void refuses_weights_that_do_not_add_up() {
        String v1 = fixture.sfn.createStateMachine(b -> b.name("Weights").roleArn(ROLE).publish(true)
                .definition(StateMachineActionsTest.PASS)).stateMachineVersionArn();

        failure(() -> fixture.sfn.createStateMachineAlias(b -> b.name("half").routingConfiguration(route(v1, 50))),
                "ValidationException", "The weights of an alias's routes must add up to 100, found 50");
    }
}
