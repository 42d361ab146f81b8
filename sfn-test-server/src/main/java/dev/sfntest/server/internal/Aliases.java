package dev.sfntest.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * State machine aliases: each routes executions to one or two published versions by weight,
 * deterministically and interleaved (smooth weighted round robin: 50/50 alternates, 90/10 sends
 * every tenth execution to the second version).
 */
final class Aliases {
    private final ServerClock clock;
    private final StateMachines machines;
    private final Map<String, Alias> byArn = new LinkedHashMap<>();

    /** One version and its weight. */
    record Route(String versionArn, int weight) {
    }

    /** An alias. */
    static final class Alias {
        final String arn;
        final String name;
        final Instant created;
        String description;
        List<Route> routes;
        Instant updated;
        long[] current = new long[2];

        Alias(String arn, String name, String description, List<Route> routes, Instant created) {
            this.arn = arn;
            this.name = name;
            this.description = description;
            this.routes = routes;
            this.created = created;
            this.updated = created;
        }
    }

    Aliases(ServerClock clock, StateMachines machines) {
        this.clock = clock;
        this.machines = machines;
    }

    /** Whether the ARN names an alias ({@code ...:stateMachine:NAME:ALIAS}, ALIAS not a number). */
    static boolean isAlias(String arn) {
        String[] parts = arn.split(":");
        return parts.length == 8 && parts[5].equals("stateMachine") && !parts[7].chars().allMatch(Character::isDigit);
    }

    synchronized Alias create(String machineArn, String name, String description, List<Route> routes) {
        if (name.chars().allMatch(Character::isDigit)) {
            throw ApiException.validationMessage("An alias name cannot be a number: '" + name + "'");
        }
        MachineVersion machine = machines.describe(machineArn);
        check(machine, routes);
        String arn = machine.machineArn() + ":" + Names.check(name);
        if (byArn.containsKey(arn)) {
            throw ApiException.service("ConflictException", "Alias already exists: '" + arn + "'");
        }
        Alias alias = new Alias(arn, name, description, List.copyOf(routes), clock.now());
        byArn.put(arn, alias);
        return alias;
    }

    synchronized Alias update(String arn, String description, List<Route> routes) {
        Alias alias = get(arn);
        if (!routes.isEmpty()) {
            check(machines.describe(arn.substring(0, arn.lastIndexOf(':'))), routes);
            alias.routes = List.copyOf(routes);
            alias.current = new long[2];
        }
        if (description != null) {
            alias.description = description;
        }
        alias.updated = clock.now();
        return alias;
    }

    synchronized Alias get(String arn) {
        Arns.parse(arn, "stateMachine");
        Alias alias = byArn.get(arn);
        if (alias == null) {
            throw ApiException.resourceNotFound(arn);
        }
        return alias;
    }

    synchronized void delete(String arn) {
        Arns.parse(arn, "stateMachine");
        byArn.remove(arn);
    }

    synchronized List<Alias> list(String machineArn) {
        String prefix = machines.describe(machineArn).machineArn() + ":";
        List<Alias> aliases = new ArrayList<>();
        byArn.values().stream().filter(alias -> alias.arn.startsWith(prefix)).forEach(aliases::add);
        return aliases;
    }

    /** The version the alias's next execution runs. */
    synchronized String route(String arn) {
        Alias alias = get(arn);
        int best = 0;
        for (int i = 0; i < alias.routes.size(); i++) {
            alias.current[i] += alias.routes.get(i).weight();
            if (alias.current[i] > alias.current[best]) {
                best = i;
            }
        }
        alias.current[best] -= 100;
        return alias.routes.get(best).versionArn();
    }

    private void check(MachineVersion machine, List<Route> routes) {
        if (routes.isEmpty() || routes.size() > 2) {
            throw ApiException.validationMessage("An alias routes to one or two versions, found " + routes.size());
        }
        int total = 0;
        for (Route route : routes) {
            MachineVersion version = machines.describe(route.versionArn());
            if (!version.isVersion() || !version.name().equals(machine.name())) {
                throw ApiException.validationMessage("'" + route.versionArn() + "' is not a version of "
                        + machine.machineArn());
            }
            total += route.weight();
        }
        if (total != 100) {
            throw ApiException.validationMessage("The weights of an alias's routes must add up to 100, found " + total);
        }
    }
}
