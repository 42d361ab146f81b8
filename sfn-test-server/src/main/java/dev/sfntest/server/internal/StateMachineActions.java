package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.StateMachineType;
import java.util.List;

/**
 * CreateStateMachine, UpdateStateMachine, DescribeStateMachine, ListStateMachines,
 * DeleteStateMachine, and the versions: PublishStateMachineVersion, ListStateMachineVersions,
 * DeleteStateMachineVersion.
 */
final class StateMachineActions {
    static final List<String> TYPES = List.of("STANDARD", "EXPRESS");
    private final Backend backend;

    StateMachineActions(Backend backend) {
        this.backend = backend;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("CreateStateMachine", this::create);
        dispatcher.add("UpdateStateMachine", this::update);
        dispatcher.add("DescribeStateMachine", this::describe);
        dispatcher.add("ListStateMachines", this::list);
        dispatcher.add("DeleteStateMachine", this::delete);
        dispatcher.add("PublishStateMachineVersion", this::publish);
        dispatcher.add("ListStateMachineVersions", this::versions);
        dispatcher.add("DeleteStateMachineVersion", request -> {
            String arn = request.requiredArn("stateMachineVersionArn");
            backend.machines.delete(arn);
            return Json.emptyObject();
        });
    }

    private ObjectNode create(JsonRequest request) {
        String name = Names.check(request.required("name", 1, 80));
        String definition = request.required("definition", 1, 1_048_576);
        String roleArn = request.requiredArn("roleArn");
        String type = request.optionalEnum("type", TYPES);
        List<ObjectNode> tags = request.objects("tags");
        boolean publish = request.optionalBoolean("publish", false);
        String description = description(request, publish);
        StateMachines.Saved saved = backend.machines.create(name, definition, roleArn,
                type == null ? StateMachineType.STANDARD : StateMachineType.valueOf(type),
                request.optionalObject("loggingConfiguration"), request.optionalObject("tracingConfiguration"),
                publish, description);
        if (!tags.isEmpty()) {
            backend.tags.tag(saved.latest().arn(), tags);
        }
        ObjectNode response = Json.emptyObject();
        response.put("stateMachineArn", saved.latest().arn());
        Wire.timestamp(response, "creationDate", backend.machines.created(name));
        if (saved.version() != null) {
            response.put("stateMachineVersionArn", saved.version().arn());
        }
        return response;
    }

    private static String description(JsonRequest request, boolean publish) {
        String description = request.optional("versionDescription", 0, 256);
        if (description != null && !publish) {
            throw ApiException.validationMessage("Version description can only be set when publish is true");
        }
        return description;
    }

    private ObjectNode update(JsonRequest request) {
        String arn = request.requiredArn("stateMachineArn");
        String definition = request.optional("definition", 1, 1_048_576);
        String roleArn = request.optional("roleArn", 1, 256);
        ObjectNode logging = request.optionalObject("loggingConfiguration");
        ObjectNode tracing = request.optionalObject("tracingConfiguration");
        boolean publish = request.optionalBoolean("publish", false);
        String description = description(request, publish);
        if (definition == null && roleArn == null && logging == null && tracing == null) {
            throw ApiException.service("MissingRequiredParameter", "Either the definition, the role ARN, the "
                    + "LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        StateMachines.Saved saved = backend.machines.update(arn, definition, roleArn, logging, tracing, publish,
                description);
        ObjectNode response = Json.emptyObject();
        Wire.timestamp(response, "updateDate", saved.latest().date());
        response.put("revisionId", saved.latest().revisionId());
        if (saved.version() != null) {
            response.put("stateMachineVersionArn", saved.version().arn());
        }
        return response;
    }

    private ObjectNode describe(JsonRequest request) {
        MachineVersion machine = backend.machines.describe(request.requiredArn("stateMachineArn"));
        ObjectNode response = Json.emptyObject();
        response.put("stateMachineArn", machine.arn());
        response.put("name", machine.name());
        response.put("status", "ACTIVE");
        response.put("definition", machine.definition());
        response.put("roleArn", machine.roleArn());
        response.put("type", machine.type().name());
        Wire.timestamp(response, "creationDate", machine.isVersion() ? machine.date()
                : backend.machines.created(machine.name()));
        configurations(response, machine);
        response.put("revisionId", machine.revisionId());
        Wire.optional(response, "description", machine.description());
        return response;
    }

    /** {@code loggingConfiguration} and {@code tracingConfiguration}, with AWS's defaults. */
    static void configurations(ObjectNode response, MachineVersion machine) {
        if (machine.logging() != null) {
            response.set("loggingConfiguration", machine.logging());
        } else {
            response.putObject("loggingConfiguration").put("level", "OFF").put("includeExecutionData", false);
        }
        if (machine.tracing() != null) {
            response.set("tracingConfiguration", machine.tracing());
        } else {
            response.putObject("tracingConfiguration").put("enabled", false);
        }
    }

    private ObjectNode list(JsonRequest request) {
        Pages<MachineVersion> page = Pages.of(backend.machines.list(), request.optionalInt("maxResults", 0, 1000, 0),
                request.optional("nextToken", 1, 1024), "ListStateMachines");
        ObjectNode response = Json.emptyObject();
        ArrayNode items = response.putArray("stateMachines");
        for (MachineVersion machine : page.items()) {
            ObjectNode item = items.addObject();
            item.put("stateMachineArn", machine.arn());
            item.put("name", machine.name());
            item.put("type", machine.type().name());
            Wire.timestamp(item, "creationDate", backend.machines.created(machine.name()));
        }
        Wire.optional(response, "nextToken", page.nextToken());
        return response;
    }

    private ObjectNode delete(JsonRequest request) {
        String arn = request.requiredArn("stateMachineArn");
        backend.machines.delete(arn);
        backend.tags.forget(arn);
        return Json.emptyObject();
    }

    private ObjectNode publish(JsonRequest request) {
        String arn = request.requiredArn("stateMachineArn");
        String revisionId = request.optional("revisionId", 0, Integer.MAX_VALUE);
        String description = request.optional("description", 0, 256);
        MachineVersion latest = backend.machines.describe(arn);
        if (revisionId != null && !revisionId.equals(latest.revisionId())) {
            throw ApiException.service("ConflictException", "Failed to publish the State Machine version for revision "
                    + revisionId + ". The current State Machine revision is " + latest.revisionId() + ".");
        }
        MachineVersion version = backend.machines.publish(arn, description);
        ObjectNode response = Json.emptyObject();
        Wire.timestamp(response, "creationDate", version.date());
        response.put("stateMachineVersionArn", version.arn());
        return response;
    }

    private ObjectNode versions(JsonRequest request) {
        String arn = request.requiredArn("stateMachineArn");
        Pages<MachineVersion> page = Pages.of(backend.machines.versions(arn),
                request.optionalInt("maxResults", 0, 1000, 0), request.optional("nextToken", 1, 1024), arn);
        ObjectNode response = Json.emptyObject();
        ArrayNode items = response.putArray("stateMachineVersions");
        for (MachineVersion version : page.items()) {
            ObjectNode item = items.addObject();
            item.put("stateMachineVersionArn", version.arn());
            Wire.timestamp(item, "creationDate", version.date());
        }
        Wire.optional(response, "nextToken", page.nextToken());
        return response;
    }
}
