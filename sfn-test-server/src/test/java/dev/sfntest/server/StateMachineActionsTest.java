package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.ROLE;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;

class StateMachineActionsTest {
    static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    static final String PASS_2 = "{\"StartAt\": \"Q\", \"States\": {\"Q\": {\"Type\": \"Pass\", \"Result\": 2, \"End\": true}}}";

    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Nested
    class Create {
        @Test
        void creates_and_describes_a_state_machine() {
            CreateStateMachineResponse created = fixture.sfn.createStateMachine(b -> b.name("Hello").definition(PASS)
                    .roleArn(ROLE).type(StateMachineType.EXPRESS));

            DescribeStateMachineResponse described = fixture.sfn.describeStateMachine(b -> b.stateMachineArn(
                    created.stateMachineArn()));
            assertThat(created.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:Hello");
            assertThat(created.creationDate()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
            assertThat(described.name()).isEqualTo("Hello");
            assertThat(described.definition()).isEqualTo(PASS);
            assertThat(described.roleArn()).isEqualTo(ROLE);
            assertThat(described.type()).isEqualTo(StateMachineType.EXPRESS);
            assertThat(described.status()).isEqualTo(StateMachineStatus.ACTIVE);
            assertThat(described.loggingConfiguration().levelAsString()).isEqualTo("OFF");
            assertThat(described.tracingConfiguration().enabled()).isFalse();
        }

        @Test
        void is_idempotent_for_the_same_definition_and_refuses_another() {
            String arn = fixture.create("Hello", PASS);

            assertThat(fixture.create("Hello", PASS)).isEqualTo(arn);
            failure(() -> fixture.create("Hello", PASS_2), "StateMachineAlreadyExists",
                    "State Machine Already Exists: '" + arn + "'");
        }

        @Test
        void refuses_an_invalid_definition_with_every_error_located() {
            failure(() -> fixture.create("Bad", "{\"StartAt\": \"Nope\", \"States\": {\"P\": {\"Type\": \"Pass\", "
                    + "\"End\": true}}}"), "InvalidDefinition", "Invalid State Machine Definition: "
                    + "'UNKNOWN_TARGET: 'StartAt' names no state of this scope: 'Nope' at /StartAt'");
        }

        @Test
        void refuses_names_as_aws_does() {
            failure(() -> fixture.create("has space", PASS), "InvalidName", "Invalid Name: 'has space'");
            String long81 = "a".repeat(81);
            failure(() -> fixture.create(long81, PASS), "ValidationException", "1 validation error detected: Value '"
                    + long81 + "' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80");
        }

        @Test
        void needs_a_role() {
            failure(() -> fixture.sfn.createStateMachine(b -> b.name("NoRole").definition(PASS)), "ValidationException",
                    "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        }
    }

    @Nested
    class Update {
        @Test
        void replaces_the_definition_and_publishes_versions() {
            CreateStateMachineResponse created = fixture.sfn.createStateMachine(b -> b.name("V").definition(PASS)
                    .roleArn(ROLE).publish(true).versionDescription("first"));
            UpdateStateMachineResponse updated = fixture.sfn.updateStateMachine(b -> b.stateMachineArn(
                    created.stateMachineArn()).definition(PASS_2).publish(true));

            assertThat(created.stateMachineVersionArn()).isEqualTo(PREFIX + "stateMachine:V:1");
            assertThat(updated.stateMachineVersionArn()).isEqualTo(PREFIX + "stateMachine:V:2");
            assertThat(fixture.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())).definition())
                    .isEqualTo(PASS_2);
            DescribeStateMachineResponse first = fixture.sfn.describeStateMachine(b -> b.stateMachineArn(
                    created.stateMachineVersionArn()));
            assertThat(first.definition()).isEqualTo(PASS);
            assertThat(first.description()).isEqualTo("first");
            assertThat(fixture.sfn.listStateMachineVersions(b -> b.stateMachineArn(created.stateMachineArn()))
                    .stateMachineVersions()).extracting(v -> v.stateMachineVersionArn())
                    .containsExactly(PREFIX + "stateMachine:V:2", PREFIX + "stateMachine:V:1");
        }

        @Test
        void needs_something_to_update() {
            String arn = fixture.create("U", PASS);
            failure(() -> fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn)), "MissingRequiredParameter",
                    "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be "
                            + "specified");
        }

        @Test
        void refuses_a_description_without_publishing() {
            failure(() -> fixture.sfn.createStateMachine(b -> b.name("D").definition(PASS).roleArn(ROLE)
                    .versionDescription("x")), "ValidationException", "Version description can only be set when publish is true");
        }
    }

    @Nested
    class ListAndDelete {
        @Test
        void lists_in_pages_then_deletes() {
            for (int i = 0; i < 5; i++) {
                fixture.create("M" + i, PASS);
            }
            List<String> names = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String next = token;
                ListStateMachinesResponse page = fixture.sfn.listStateMachines(b -> b.maxResults(2).nextToken(next));
                page.stateMachines().stream().map(StateMachineListItem::name).forEach(names::add);
                token = page.nextToken();
                pages++;
            } while (token != null);

            assertThat(names).containsExactly("M0", "M1", "M2", "M3", "M4");
            assertThat(pages).isEqualTo(3);
            fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(PREFIX + "stateMachine:M0"));
            failure(() -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn(PREFIX + "stateMachine:M0")),
                    "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + PREFIX + "stateMachine:M0'");
        }

        @Test
        void refuses_a_page_token_of_another_listing() {
            failure(() -> fixture.sfn.listStateMachines(b -> b.nextToken("bogus")), "InvalidToken",
                    "Invalid Token: 'bogus'");
        }
    }

    @Nested
    class Arns {
        @Test
        void refuses_what_is_not_a_state_machine_arn() {
            failure(() -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn("not-an-arn")), "InvalidArn",
                    "Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
            failure(() -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn(PREFIX + "execution:M:e")),
                    "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: execution'");
        }
    }
}
