package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * CreateStateMachineAlias, DescribeStateMachineAlias, ListStateMachineAliases,
 * UpdateStateMachineAlias, DeleteStateMachineAlias.
 */
final class AliasActions {
    private final Backend backend;

    AliasActions(Backend backend) {
        this.backend = backend;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("CreateStateMachineAlias", request -> {
            String name = request.required("name", 1, 80);
            String description = request.optional("description", 0, 256);
            List<Aliases.Route> routes = routes(request);
            if (routes.isEmpty()) {
                throw ApiException.validation("Value null at 'routingConfiguration' failed to satisfy constraint: "
                        + "Member must not be null");
            }
            String machineArn = routes.get(0).versionArn().substring(0, routes.get(0).versionArn().lastIndexOf(':'));
            Aliases.Alias alias = backend.aliases.create(machineArn, name, description, routes);
            ObjectNode response = Json.emptyObject();
            response.put("stateMachineAliasArn", alias.arn);
            Wire.timestamp(response, "creationDate", alias.created);
            return response;
        });
        dispatcher.add("DescribeStateMachineAlias", request -> {
            Aliases.Alias alias = backend.aliases.get(request.requiredArn("stateMachineAliasArn"));
            ObjectNode response = Json.emptyObject();
            response.put("stateMachineAliasArn", alias.arn);
            response.put("name", alias.name);
            Wire.optional(response, "description", alias.description);
            ArrayNode routes = response.putArray("routingConfiguration");
            alias.routes.forEach(route -> routes.addObject().put("stateMachineVersionArn", route.versionArn())
                    .put("weight", route.weight()));
            Wire.timestamp(response, "creationDate", alias.created);
            Wire.timestamp(response, "updateDate", alias.updated);
            return response;
        });
        dispatcher.add("ListStateMachineAliases", request -> {
            String arn = request.requiredArn("stateMachineArn");
            Pages<Aliases.Alias> page = Pages.of(backend.aliases.list(arn), request.optionalInt("maxResults", 0, 1000, 0),
                    request.optional("nextToken", 1, 1024), "ListStateMachineAliases|" + arn);
            ObjectNode response = Json.emptyObject();
            ArrayNode items = response.putArray("stateMachineAliases");
            for (Aliases.Alias alias : page.items()) {
                ObjectNode item = items.addObject().put("stateMachineAliasArn", alias.arn);
                Wire.timestamp(item, "creationDate", alias.created);
            }
            Wire.optional(response, "nextToken", page.nextToken());
            return response;
        });
        dispatcher.add("UpdateStateMachineAlias", request -> {
            Aliases.Alias alias = backend.aliases.update(request.requiredArn("stateMachineAliasArn"),
                    request.optional("description", 0, 256), routes(request));
            ObjectNode response = Json.emptyObject();
            Wire.timestamp(response, "updateDate", alias.updated);
            return response;
        });
        dispatcher.add("DeleteStateMachineAlias", request -> {
            backend.aliases.delete(request.requiredArn("stateMachineAliasArn"));
            return Json.emptyObject();
        });
    }

    private static List<Aliases.Route> routes(JsonRequest request) {
        List<Aliases.Route> routes = new ArrayList<>();
        for (ObjectNode item : request.objects("routingConfiguration")) {
            JsonRequest route = new JsonRequest(item);
            routes.add(new Aliases.Route(route.requiredArn("stateMachineVersionArn"),
                    route.optionalInt("weight", 0, 100, -1)));
        }
        for (Aliases.Route route : routes) {
            if (route.weight() < 0) {
                throw ApiException.validation("Value null at 'routingConfiguration.member.weight' failed to satisfy "
                        + "constraint: Member must not be null");
            }
        }
        return routes;
    }
}
