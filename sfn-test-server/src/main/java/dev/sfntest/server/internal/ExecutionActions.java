package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.TaskMocks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * StartExecution (with Step Functions Local's {@code stateMachineArn#TestCaseName}),
 * StartSyncExecution, DescribeExecution, StopExecution, ListExecutions,
 * DescribeStateMachineForExecution; GetExecutionHistory is {@link HistoryPages}'.
 */
final class ExecutionActions {
    private static final List<String> STATUSES = List.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED",
            "PENDING_REDRIVE");
    private final Backend backend;

    ExecutionActions(Backend backend) {
        this.backend = backend;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("StartExecution", request -> {
            ServerExecution execution = start(request, false);
            ObjectNode response = Json.emptyObject();
            response.put("executionArn", execution.arn());
            Wire.timestamp(response, "startDate", execution.startDate());
            return response;
        });
        dispatcher.add("StartSyncExecution", this::startSync);
        dispatcher.add("DescribeExecution", request -> {
            String arn = request.requiredArn("executionArn");
            ServerExecution execution;
            try {
                execution = backend.executions.get(arn);
            } catch (ApiException e) {
                // a Map Run's EXPRESS child has an express: ARN, which DescribeExecution takes for it only
                MapRunActions.FoundChild child = "ExecutionDoesNotExist".equals(e.code())
                        || "InvalidArn".equals(e.code()) ? backend.mapRuns.child(arn) : null;
                if (child == null) {
                    throw e;
                }
                return metadataOnly(request, MapRunActions.describeChild(child, backend.clock.now()));
            }
            ObjectNode response = describe(execution);
            RedriveAction.describe(response, execution, backend.clock.now());
            return metadataOnly(request, response);
        });
        dispatcher.add("StopExecution", this::stop);
        dispatcher.add("ListExecutions", this::list);
        dispatcher.add("DescribeStateMachineForExecution", this::machineFor);
        dispatcher.add("GetExecutionHistory", new HistoryPages(backend)::page);
    }

    private ServerExecution start(JsonRequest request, boolean sync) {
        String target = request.requiredArn("stateMachineArn");
        String name = request.optional("name", 1, 80);
        String inputText = request.optional("input", 0, 262_144);
        request.optional("traceHeader", 0, 256);
        int hash = target.indexOf('#');
        String testCase = hash < 0 ? null : target.substring(hash + 1);
        String arn = hash < 0 ? target : target.substring(0, hash);
        String aliasArn = Aliases.isAlias(arn) ? arn : null;
        MachineVersion machine = backend.machines.describe(aliasArn == null ? arn : backend.aliases.route(aliasArn));
        if (sync && machine.type() != StateMachineType.EXPRESS) {
            throw ApiException.service("StateMachineTypeNotSupported",
                    "This operation is not supported by this type of state machine");
        }
        JsonNode input = input(inputText);
        TaskMocks mocks = testCase == null ? null : mocks(machine.name(), testCase);
        ServerTaskHandler handler = new ServerTaskHandler(mocks, machine.name(), testCase,
                backend.options.fieldValidation(), backend.lambda);
        Engine.Builder engine = Engine.builder()
                .type(machine.type())
                .account(backend.options.account())
                .region(backend.options.region())
                .fieldValidationMode(backend.options.fieldValidation())
                .taskHandler(handler);
        backend.machines.machinesByName().forEach(engine::stateMachine);
        return backend.executions.start(engine, machine, machine.isVersion() ? machine.arn() : null, aliasArn,
                name == null ? backend.nextExecutionName() : Names.check(name), input, backend.clock.now(),
                handler::report);
    }

    private static JsonNode input(String text) {
        if (text == null) {
            return Json.emptyObject();
        }
        try {
            JsonNode input = Json.parseData(text);
            if (input.isMissingNode()) {
                throw ApiException.service("InvalidExecutionInput", "Invalid State Machine Execution Input: "
                        + "'the input is empty'");
            }
            return input;
        } catch (InvalidJsonException e) {
            throw ApiException.service("InvalidExecutionInput",
                    "Invalid State Machine Execution Input: '" + e.problem() + "'");
        }
    }

    private TaskMocks mocks(String machineName, String testCase) {
        if (backend.options.mockConfig() == null) {
            throw ApiException.validationMessage("The state machine ARN names the test case '" + testCase
                    + "', but the sfn-test server has no MockConfigFile (--mock-config FILE or SFN_MOCK_CONFIG)");
        }
        try {
            return backend.options.mockConfig().mocks(machineName, testCase);
        } catch (InvalidMockException e) {
            throw ApiException.validationMessage("MockConfigFile: " + e.getMessage());
        }
    }

    /** {@code includedData: METADATA_ONLY}: no input or output. */
    private static ObjectNode metadataOnly(JsonRequest request, ObjectNode response) {
        if ("METADATA_ONLY".equals(request.optionalEnum("includedData", List.of("ALL_DATA", "METADATA_ONLY")))) {
            response.remove(List.of("input", "output"));
            response.putObject("inputDetails").put("included", false);
            if (response.has("outputDetails")) {
                response.putObject("outputDetails").put("included", false);
            }
        }
        return response;
    }

    private ObjectNode startSync(JsonRequest request) {
        request.optionalEnum("includedData", List.of("ALL_DATA", "METADATA_ONLY"));
        ServerExecution execution = start(request, true);
        try {
            if (!execution.awaitEnd(backend.options.syncTime())) {
                backend.executions.drive(execution, running -> running.stop("States.Timeout", "The synchronous "
                        + "execution waited " + backend.options.syncTime() + " for a callback or an activity worker"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.service("InternalFailure", "Interrupted while waiting for the execution");
        }
        ObjectNode response = describe(execution);
        response.remove(List.of("redriveCount", "redriveDate", "stateMachineVersionArn", "stateMachineAliasArn"));
        if ("ABORTED".equals(response.path("status").asText())) {
            response.put("status", "TIMED_OUT"); // StartSyncExecution's statuses: SUCCEEDED, FAILED, TIMED_OUT
        }
        // AWS bills EXPRESS executions per 64 MB of memory and per 100 ms of duration, rounded up
        ExecutionResult result = execution.snapshot().result();
        long millis = result == null ? 0 : result.duration().toMillis();
        response.putObject("billingDetails").put("billedMemoryUsedInMB", 64)
                .put("billedDurationInMilliseconds", Math.max(100, (millis + 99) / 100 * 100));
        return metadataOnly(request, response);
    }

    static ObjectNode describe(ServerExecution execution) {
        ServerExecution.Snapshot snapshot = execution.snapshot();
        ExecutionResult result = snapshot.result();
        ObjectNode response = Json.emptyObject();
        response.put("executionArn", execution.arn());
        response.put("stateMachineArn", execution.machine().machineArn());
        response.put("name", execution.name());
        response.put("status", snapshot.status());
        Wire.timestamp(response, "startDate", execution.startDate());
        if (result != null) {
            Wire.timestamp(response, "stopDate", result.stopDate());
        }
        response.put("input", Json.write(execution.input()));
        response.putObject("inputDetails").put("included", true);
        Wire.outcome(response, result);
        Wire.optional(response, "stateMachineVersionArn", execution.versionArn());
        Wire.optional(response, "stateMachineAliasArn", execution.aliasArn());
        response.put("redriveCount", snapshot.redriveCount());
        Wire.timestamp(response, "redriveDate", snapshot.redriveDate());
        return response;
    }

    private ObjectNode stop(JsonRequest request) {
        ServerExecution execution = backend.executions.getAny(request.requiredArn("executionArn"));
        String error = request.optional("error", 0, 256);
        String cause = request.optional("cause", 0, 32_768);
        backend.executions.drive(execution, running -> running.stop(error, cause));
        ObjectNode response = Json.emptyObject();
        ExecutionResult result = execution.snapshot().result();
        Wire.timestamp(response, "stopDate", result == null ? backend.clock.now() : result.stopDate());
        return response;
    }

    private ObjectNode list(JsonRequest request) {
        String machineArn = request.optional("stateMachineArn", 1, 256);
        String mapRunArn = request.optional("mapRunArn", 1, 2000);
        String status = request.optionalEnum("statusFilter", STATUSES);
        String redriven = request.optionalEnum("redriveFilter", List.of("REDRIVEN", "NOT_REDRIVEN"));
        if ((machineArn == null) == (mapRunArn == null)) {
            throw ApiException.validationMessage("Must provide a StateMachine ARN or a MapRun ARN");
        }
        List<ObjectNode> matching;
        if (machineArn != null) {
            matching = ofMachine(machineArn, status, redriven);
        } else {
            matching = backend.mapRuns.children(mapRunArn, status, redriven);
        }
        Pages<ObjectNode> page = Pages.of(matching, request.optionalInt("maxResults", 0, 1000, 0),
                request.optional("nextToken", 1, 3096),
                "ListExecutions|" + machineArn + "|" + mapRunArn + "|" + status + "|" + redriven);
        ObjectNode response = Json.emptyObject();
        response.putArray("executions").addAll(page.items());
        Wire.optional(response, "nextToken", page.nextToken());
        return response;
    }

    private List<ObjectNode> ofMachine(String machineArn, String status, String redriven) {
        String aliasFilter = Aliases.isAlias(machineArn) ? backend.aliases.get(machineArn).arn : null;
        MachineVersion machine = backend.machines.describe(aliasFilter == null ? machineArn
                : machineArn.substring(0, machineArn.lastIndexOf(':')));
        if (machine.type() == StateMachineType.EXPRESS) {
            throw ApiException.service("StateMachineTypeNotSupported",
                    "This operation is not supported by this type of state machine");
        }
        return backend.executions.all().stream()
                .filter(execution -> aliasFilter != null ? aliasFilter.equals(execution.aliasArn())
                        : machine.isVersion() ? machine.arn().equals(execution.versionArn())
                        : execution.machine().name().equals(machine.name()))
                .filter(execution -> status == null || status.equals(execution.snapshot().status()))
                .filter(execution -> redriven == null
                        || redriven.equals("REDRIVEN") == (execution.snapshot().redriveCount() > 0))
                .map(ExecutionActions::listItem)
                .collect(Collectors.toList());
    }

    private static ObjectNode listItem(ServerExecution execution) {
        ObjectNode item = Json.emptyObject();
        ObjectNode described = describe(execution);
        for (String field : List.of("executionArn", "stateMachineArn", "name", "status", "startDate", "stopDate",
                "stateMachineVersionArn", "stateMachineAliasArn", "redriveCount", "redriveDate")) {
            if (described.has(field)) {
                item.set(field, described.get(field));
            }
        }
        return item;
    }

    private ObjectNode machineFor(JsonRequest request) {
        request.optionalEnum("includedData", List.of("ALL_DATA", "METADATA_ONLY"));
        ServerExecution execution = backend.executions.get(request.requiredArn("executionArn"));
        MachineVersion machine = execution.machine();
        ObjectNode response = Json.emptyObject();
        response.put("stateMachineArn", machine.machineArn());
        response.put("name", machine.name());
        response.put("definition", machine.definition());
        response.put("roleArn", machine.roleArn());
        Wire.timestamp(response, "updateDate", machine.date());
        StateMachineActions.configurations(response, machine);
        response.put("revisionId", machine.revisionId());
        return response;
    }
}
