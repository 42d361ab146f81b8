package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.StateMachineType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The state machines, their revisions and published versions; thread-safe. */
final class StateMachines {
    private final ServerClock clock;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private long revisions;

    private final Arns arns;

    StateMachines(ServerClock clock, Arns arns) {
        this.arns = arns;
        this.clock = clock;
    }

    private static final class Entry {
        MachineVersion latest;
        final java.time.Instant created;
        final List<MachineVersion> versions = new ArrayList<>();

        Entry(MachineVersion latest) {
            this.latest = latest;
            this.created = latest.date();
        }
    }

    /** What CreateStateMachine and UpdateStateMachine return. */
    record Saved(MachineVersion latest, MachineVersion version) {
    }

    /**
     * CreateStateMachine: idempotent for the same name, definition, type and configurations.
     *
     * @throws ApiException {@code StateMachineAlreadyExists}, {@code InvalidDefinition}
     */
    synchronized Saved create(String name, String definition, String roleArn, StateMachineType type, ObjectNode logging,
            ObjectNode tracing, boolean publish, String description) {
        Entry existing = byName.get(name);
        if (existing != null) {
            MachineVersion latest = existing.latest;
            if (latest.definition().equals(definition) && latest.type() == type
                    && Objects.equals(latest.logging(), logging) && Objects.equals(latest.tracing(), tracing)) {
                return new Saved(latest, null);
            }
            throw ApiException.service("StateMachineAlreadyExists",
                    "State Machine Already Exists: '" + arns.stateMachine(name) + "'");
        }
        StateMachine machine = parse(definition);
        MachineVersion latest = new MachineVersion(arns.stateMachine(name), name, definition, machine, type, roleArn,
                clock.now(), nextRevision(name), null, logging, tracing);
        Entry entry = new Entry(latest);
        byName.put(name, entry);
        return new Saved(latest, publish ? publish(entry, description) : null);
    }

    /** UpdateStateMachine: a new revision with the given parts ({@code null} keeps a part). */
    synchronized Saved update(String arn, String definition, String roleArn, ObjectNode logging, ObjectNode tracing,
            boolean publish, String description) {
        Entry entry = entry(arn);
        MachineVersion old = entry.latest;
        StateMachine machine = definition == null ? old.machine() : parse(definition);
        MachineVersion latest = new MachineVersion(old.arn(), old.name(),
                definition == null ? old.definition() : definition, machine, old.type(),
                roleArn == null ? old.roleArn() : roleArn, clock.now(), nextRevision(old.name()), null,
                logging == null ? old.logging() : logging, tracing == null ? old.tracing() : tracing);
        entry.latest = latest;
        return new Saved(latest, publish ? publish(entry, description) : null);
    }

    /** PublishStateMachineVersion. */
    synchronized MachineVersion publish(String arn, String description) {
        return publish(entry(arn), description);
    }

    private MachineVersion publish(Entry entry, String description) {
        MachineVersion latest = entry.latest;
        if (!entry.versions.isEmpty() && entry.versions.get(entry.versions.size() - 1).revisionId().equals(latest.revisionId())) {
            return entry.versions.get(entry.versions.size() - 1); // AWS: publishing an unchanged revision again is idempotent
        }
        MachineVersion version = new MachineVersion(latest.arn() + ":" + (entry.versions.size() + 1), latest.name(),
                latest.definition(), latest.machine(), latest.type(), latest.roleArn(), clock.now(), latest.revisionId(),
                description, latest.logging(), latest.tracing());
        entry.versions.add(version);
        return version;
    }

    /**
     * The latest revision, or a version when the ARN names one.
     *
     * @throws ApiException {@code InvalidArn}, {@code StateMachineDoesNotExist}
     */
    synchronized MachineVersion describe(String arn) {
        String rest = Arns.parse(arn, "stateMachine")[1];
        int colon = rest.indexOf(':');
        Entry entry = byName.get(colon < 0 ? rest : rest.substring(0, colon));
        if (entry == null || !arn.startsWith(arns.prefix())) {
            throw ApiException.stateMachineDoesNotExist(arn);
        }
        if (colon < 0) {
            return entry.latest;
        }
        return entry.versions.stream().filter(version -> version.arn().equals(arn)).findFirst()
                .orElseThrow(() -> ApiException.stateMachineDoesNotExist(arn));
    }

    /** The creation date of the state machine. */
    synchronized java.time.Instant created(String name) {
        Entry entry = byName.get(name);
        return entry == null ? null : entry.created;
    }

    /** Whether a state machine (or version) of this ARN exists. */
    synchronized boolean exists(String arn) {
        try {
            describe(arn);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    /** Every state machine's latest revision, in creation order. */
    synchronized List<MachineVersion> list() {
        return byName.values().stream().map(entry -> entry.latest).collect(Collectors.toList());
    }

    /** The versions of a state machine, newest first. */
    synchronized List<MachineVersion> versions(String arn) {
        List<MachineVersion> versions = new ArrayList<>(entry(arn).versions);
        java.util.Collections.reverse(versions);
        return versions;
    }

    /** Every state machine's parsed latest definition by name, for nested executions. */
    synchronized Map<String, StateMachine> machinesByName() {
        Map<String, StateMachine> machines = new LinkedHashMap<>();
        byName.forEach((name, entry) -> machines.put(name, entry.latest.machine()));
        return machines;
    }

    /** DeleteStateMachine (of a version ARN: DeleteStateMachineVersion); deleting nothing succeeds, as AWS. */
    synchronized void delete(String arn) {
        String rest = Arns.parse(arn, "stateMachine")[1];
        int colon = rest.indexOf(':');
        if (colon < 0) {
            byName.remove(rest);
            return;
        }
        Entry entry = byName.get(rest.substring(0, colon));
        if (entry != null) {
            entry.versions.removeIf(version -> version.arn().equals(arn));
        }
    }

    private Entry entry(String arn) {
        String rest = Arns.parse(arn, "stateMachine")[1];
        Entry entry = rest.contains(":") || !arn.startsWith(arns.prefix()) ? null : byName.get(rest);
        if (entry == null) {
            throw ApiException.stateMachineDoesNotExist(arn);
        }
        return entry;
    }

    private String nextRevision(String name) {
        return UUID.nameUUIDFromBytes((name + "#" + ++revisions).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Parses and validates; errors become {@code InvalidDefinition} listing every error with its location. */
    static StateMachine parse(String definition) {
        try {
            return Definitions.parse(definition);
        } catch (InvalidDefinitionException e) {
            String errors = e.diagnostics().stream().filter(Diagnostic::isError)
                    .map(d -> d.code() + ": " + d.message() + " at " + (d.location().isEmpty() ? "/" : d.location()))
                    .collect(Collectors.joining("; "));
            throw ApiException.service("InvalidDefinition", "Invalid State Machine Definition: '" + errors + "'");
        }
    }
}
