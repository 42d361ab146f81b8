package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.StateMachineType;
import java.time.Instant;

/**
 * One revision of a state machine: the latest (which UpdateStateMachine replaces) or a published
 * version ({@code arn} ends with {@code :N}).
 *
 * @param arn the state machine's ARN, or the version's
 * @param name the state machine's name
 * @param definition the definition text as the client sent it
 * @param machine the parsed definition
 * @param type STANDARD or EXPRESS
 * @param roleArn the role
 * @param date creation date (of the machine, or of the version); the update date of a revision
 * @param revisionId the revision's id
 * @param description the version description, or {@code null}
 * @param logging the logging configuration as sent, or {@code null}
 * @param tracing the tracing configuration as sent, or {@code null}
 */
record MachineVersion(String arn, String name, String definition, StateMachine machine, StateMachineType type,
        String roleArn, Instant date, String revisionId, String description, ObjectNode logging, ObjectNode tracing) {

    /** The ARN of the state machine itself, without a version. */
    String machineArn() {
        String[] parts = arn.split(":");
        return parts.length > 7 ? arn.substring(0, arn.lastIndexOf(':')) : arn;
    }

    /** Whether this is a published version. */
    boolean isVersion() {
        return arn.split(":").length > 7;
    }
}
