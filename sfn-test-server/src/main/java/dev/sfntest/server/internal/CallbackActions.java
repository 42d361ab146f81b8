package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.ActivityTask;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.TaskTokenException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat, and the activities: CreateActivity,
 * DescribeActivity, ListActivities, DeleteActivity, GetActivityTask (long polling).
 */
final class CallbackActions {
    private final Backend backend;

    CallbackActions(Backend backend) {
        this.backend = backend;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("SendTaskSuccess", request -> {
            String token = request.required("taskToken", 1, 2048);
            JsonNode output = output(request.required("output", 0, 262_144));
            return send(token, execution -> execution.sendTaskSuccess(token, output));
        });
        dispatcher.add("SendTaskFailure", request -> {
            String token = request.required("taskToken", 1, 2048);
            String error = request.optional("error", 0, 256);
            String cause = request.optional("cause", 0, 32_768);
            return send(token, execution -> execution.sendTaskFailure(token, error, cause));
        });
        dispatcher.add("SendTaskHeartbeat", request -> {
            String token = request.required("taskToken", 1, 2048);
            return send(token, execution -> execution.sendTaskHeartbeat(token));
        });
        dispatcher.add("CreateActivity", request -> {
            String name = Names.check(request.required("name", 1, 80));
            Activities.Activity activity = backend.activities.create(name);
            if (!request.objects("tags").isEmpty()) {
                backend.tags.tag(activity.arn(), request.objects("tags"));
            }
            ObjectNode response = Json.emptyObject();
            response.put("activityArn", activity.arn());
            Wire.timestamp(response, "creationDate", activity.creationDate());
            return response;
        });
        dispatcher.add("DescribeActivity", request -> item(backend.activities.describe(request.requiredArn("activityArn")),
                Json.emptyObject()));
        dispatcher.add("ListActivities", request -> {
            Pages<Activities.Activity> page = Pages.of(backend.activities.list(),
                    request.optionalInt("maxResults", 0, 1000, 0), request.optional("nextToken", 1, 1024),
                    "ListActivities");
            ObjectNode response = Json.emptyObject();
            ArrayNode items = response.putArray("activities");
            page.items().forEach(activity -> item(activity, items.addObject()));
            Wire.optional(response, "nextToken", page.nextToken());
            return response;
        });
        dispatcher.add("DeleteActivity", request -> {
            String arn = request.requiredArn("activityArn");
            backend.activities.delete(arn);
            backend.tags.forget(arn);
            return Json.emptyObject();
        });
    }

    private static ObjectNode item(Activities.Activity activity, ObjectNode node) {
        node.put("activityArn", activity.arn());
        node.put("name", activity.name());
        Wire.timestamp(node, "creationDate", activity.creationDate());
        return node;
    }

    private static JsonNode output(String text) {
        try {
            JsonNode output = Json.parseData(text);
            if (!output.isMissingNode()) {
                return output;
            }
            throw ApiException.service("InvalidOutput", "Invalid Output: 'the output is empty'");
        } catch (InvalidJsonException e) {
            throw ApiException.service("InvalidOutput", "Invalid Output: '" + e.problem() + "'");
        }
    }

    private ObjectNode send(String token, Consumer<Execution> action) {
        try {
            backend.executions.drive(backend.executions.byToken(token), action);
        } catch (TaskTokenException e) {
            throw ApiException.service(e.code(), e.getMessage().substring(e.code().length() + 2));
        }
        return Json.emptyObject();
    }

    /** GetActivityTask: {@code reply} gets the response now or when a task comes or the poll time ends. */
    void getActivityTask(JsonRequest request, Consumer<ObjectNode> reply) {
        String arn = request.requiredArn("activityArn");
        String worker = request.optional("workerName", 1, 80);
        backend.activities.poll(arn, worker, (Optional<ActivityTask> task) -> {
            ObjectNode response = Json.emptyObject();
            task.ifPresent(found -> {
                response.put("taskToken", found.taskToken());
                response.put("input", Json.write(found.input()));
            });
            reply.accept(response);
        });
    }
}
