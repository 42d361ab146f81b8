package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.service.TaskResource.Kind;
import dev.sfntest.service.TaskResource.Pattern;
import dev.sfntest.service.internal.Closest;
import dev.sfntest.service.internal.OptimizedIntegrations;
import dev.sfntest.service.internal.OptimizedIntegrations.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.apiguardian.api.API;

/**
 * Resolves a Task state's {@code Resource} to the service operation it calls, the one resolver
 * behind the validator, the mocked-result checks and the samples: optimized integrations
 * ({@code arn:aws:states:::dynamodb:putItem}, {@code .sync}, {@code .sync:2},
 * {@code .waitForTaskToken}), the AWS SDK integration ({@code arn:aws:states:::aws-sdk:s3:getObject}),
 * Lambda function ARNs and activities.
 *
 * <pre>{@code
 * TaskResources.Resolution r = TaskResources.resolve("arn:aws:states:::dynamodb:query", ServiceModels.standard());
 * r.findings(); // [ERROR UNKNOWN_RESOURCE The resource provided arn:aws:states:::dynamodb:query is not recognized...]
 * }</pre>
 *
 * <p>What AWS rejects when a state machine is created is an error; what it may accept is a warning.
 */
@API(status = EXPERIMENTAL)
public final class TaskResources {
    private static final java.util.regex.Pattern PARTITION = java.util.regex.Pattern.compile("aws(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern FUNCTION_NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9_-]{1,140}");
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("\\$LATEST|[a-zA-Z0-9_-]{1,128}");
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("^(.*?)(\\.sync:2|\\.sync|\\.waitForTaskToken|\\.[^.:]*)?$");
    /** {@code arn:${AWS::Partition}:states:::...}: the partition does not change what is called. */
    private static final java.util.regex.Pattern PARTITION_PLACEHOLDER = java.util.regex.Pattern.compile("^arn:\\$\\{[^}]*\\}:");
    private static final String NOT_RECOGNIZED = " is not recognized. The value is not a valid resource ARN, or the "
            + "resource is not available in this region.";

    private TaskResources() {
    }

    /**
     * A finding about a resource.
     *
     * @param error {@code true} when AWS rejects the definition, {@code false} for a warning
     * @param code {@code INVALID_RESOURCE}, {@code UNKNOWN_RESOURCE}, {@code UNSUPPORTED_PATTERN}, {@code RESOURCE_CASING}
     * @param message what is wrong and the fix
     */
    public record Finding(boolean error, String code, String message) {
    }

    /**
     * A resolved resource and what is wrong with it.
     *
     * @param resource what the resource calls ({@link Kind#UNRESOLVED} when it could not be told)
     * @param findings errors and warnings, in that order of discovery
     */
    public record Resolution(TaskResource resource, List<Finding> findings) {
        public Resolution {
            findings = List.copyOf(findings);
        }
    }

    /** Resolves {@code arn} with the standard models. */
    public static Resolution resolve(String arn) {
        return resolve(arn, ServiceModels.standard());
    }

    /**
     * Resolves {@code arn}; a {@code ${placeholder}} is left unresolved without findings, except in
     * the partition ({@code arn:${AWS::Partition}:states:::lambda:invoke} resolves).
     */
    public static Resolution resolve(String arn, ServiceModels models) {
        List<Finding> findings = new ArrayList<>();
        String resolvable = arn == null ? null : PARTITION_PLACEHOLDER.matcher(arn).replaceFirst("arn:aws:");
        TaskResource resource = resolvable == null || resolvable.contains("${") ? null
                : parse(resolvable, models, findings);
        return new Resolution(resource == null ? unresolved(arn) : withArn(resource, arn), findings);
    }

    private static TaskResource withArn(TaskResource resource, String arn) {
        return new TaskResource(arn, resource.kind(), resource.service(), resource.operation(), resource.pattern(),
                resource.errorPrefix());
    }

    private static TaskResource unresolved(String arn) {
        return new TaskResource(arn, Kind.UNRESOLVED, null, null, Pattern.REQUEST_RESPONSE, null);
    }

    private static TaskResource parse(String arn, ServiceModels models, List<Finding> findings) {
        String[] parts = arn.split(":", -1);
        if (!arn.startsWith("arn:") || parts.length < 6 || !PARTITION.matcher(parts[1]).matches()) {
            findings.add(new Finding(true, "INVALID_RESOURCE", "Value is not a valid resource ARN: '" + arn
                    + "' (a Task's Resource is arn:aws:states:::<service>:<action>, arn:aws:states:::aws-sdk:"
                    + "<service>:<action>, a Lambda function ARN or an activity ARN)"));
            return null;
        }
        if ("lambda".equals(parts[2])) {
            return lambdaFunction(arn, parts, findings);
        }
        if ("states".equals(parts[2]) && "activity".equals(parts[5]) && parts.length == 7 && !parts[6].isEmpty()) {
            return new TaskResource(arn, Kind.ACTIVITY, null, null, Pattern.WAIT_FOR_TASK_TOKEN, null);
        }
        if (!"states".equals(parts[2])) {
            findings.add(notRecognized(arn, ""));
            return null;
        }
        String rest = String.join(":", List.of(parts).subList(5, parts.length));
        Matcher suffix = SUFFIX.matcher(rest);
        suffix.matches();
        Pattern pattern = pattern(suffix.group(2));
        if (pattern == null) {
            findings.add(notRecognized(arn, "; the integration pattern '" + suffix.group(2)
                    + "' is none of .sync, .sync:2, .waitForTaskToken"));
            return null;
        }
        String[] call = suffix.group(1).split(":", -1);
        if ("aws-sdk".equals(call[0])) {
            return awsSdk(arn, call, pattern, models, findings);
        }
        return optimized(arn, call, pattern, models, findings);
    }

    private static Pattern pattern(String suffix) {
        if (suffix == null) {
            return Pattern.REQUEST_RESPONSE;
        }
        for (Pattern pattern : Pattern.values()) {
            if (pattern.suffix().equals(suffix)) {
                return pattern;
            }
        }
        return null;
    }

    private static TaskResource lambdaFunction(String arn, String[] parts, List<Finding> findings) {
        boolean shaped = "function".equals(parts[5]) && (parts.length == 7 || parts.length == 8)
                && !parts[3].isEmpty() && !parts[4].isEmpty() && FUNCTION_NAME.matcher(parts[6]).matches();
        if (!shaped) {
            findings.add(new Finding(true, "INVALID_RESOURCE", "Value is not a valid resource ARN: '" + arn
                    + "' (a Lambda function ARN is arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>])"));
            return null;
        }
        if (parts.length == 8 && !QUALIFIER.matcher(parts[7]).matches()) {
            findings.add(new Finding(true, "INVALID_RESOURCE", "Value is not a valid resource ARN: '" + arn
                    + "' has " + (parts[7].isEmpty() ? "an empty qualifier after the function name" : "the qualifier '"
                    + parts[7] + "', which is neither a version number, $LATEST nor an alias name")
                    + "; drop the trailing ':' or name a version or alias"));
            return null;
        }
        return new TaskResource(arn, Kind.LAMBDA_FUNCTION, null, null, Pattern.REQUEST_RESPONSE, "Lambda");
    }

    private static TaskResource awsSdk(String arn, String[] call, Pattern pattern, ServiceModels models,
            List<Finding> findings) {
        if (call.length != 3 || call[1].isEmpty() || call[2].isEmpty()) {
            findings.add(notRecognized(arn, "; write arn:aws:states:::aws-sdk:<service>:<action>"));
            return null;
        }
        String service = call[1];
        String action = call[2];
        if (pattern == Pattern.SYNC || pattern == Pattern.SYNC_2) {
            findings.add(notRecognized(arn, "; AWS SDK integrations support request-response and .waitForTaskToken, "
                    + "not " + pattern.suffix()));
            return null;
        }
        if (models.indexProblem() != null) {
            return new TaskResource(arn, Kind.AWS_SDK, null, null, pattern, null);
        }
        if (!models.isService(service)) {
            findings.add(notRecognized(arn, "; '" + service + "' is not an AWS SDK service name"
                    + Closest.hint(service, models.serviceNames())));
            return null;
        }
        String operation = Character.toUpperCase(action.charAt(0)) + action.substring(1);
        String prefix = models.errorPrefix(service).orElse(null);
        Set<String> operations = models.operations(service).orElse(null);
        if (operations == null) {
            return new TaskResource(arn, Kind.AWS_SDK, service, operation, pattern, prefix);
        }
        if (!operations.contains(operation)) {
            String closest = Closest.of(operation, operations);
            findings.add(notRecognized(arn, "; '" + service + "' has no action '" + action + "'"
                    + (closest == null ? "" : "; did you mean '" + camel(closest) + "'?")));
            return null;
        }
        if (Character.isUpperCase(action.charAt(0))) {
            findings.add(new Finding(false, "RESOURCE_CASING", "AWS SDK actions are written in camelCase: '"
                    + camel(action) + "', not '" + action + "'"));
        }
        return new TaskResource(arn, Kind.AWS_SDK, service, operation, pattern, prefix);
    }

    private static TaskResource optimized(String arn, String[] call, Pattern pattern, ServiceModels models,
            List<Finding> findings) {
        Map<String, Map<String, Integration>> table = OptimizedIntegrations.all();
        Map<String, Integration> actions = call.length == 2 ? table.get(call[0]) : null;
        if (actions == null) {
            String hint = call.length == 2 && models.isService(call[0])
                    ? "; for the AWS SDK integration write arn:aws:states:::aws-sdk:" + call[0] + ":" + call[1]
                    : call.length == 2 ? "; '" + call[0] + "' is not an optimized integration"
                            + Closest.hint(call[0], table.keySet()) : "";
            findings.add(notRecognized(arn, hint));
            return null;
        }
        Integration integration = actions.get(call[1]);
        if (integration == null) {
            String closest = Closest.of(call[1], actions.keySet());
            String sdk = sdkHint(call, models);
            findings.add(notRecognized(arn, "; the optimized " + call[0] + " integration supports "
                    + String.join(", ", actions.keySet()) + (closest == null ? "" : "; did you mean '" + closest + "'?")
                    + sdk));
            return null;
        }
        if (!integration.patterns().contains(pattern)) {
            findings.add(new Finding(false, "UNSUPPORTED_PATTERN", "AWS documents " + call[0] + ":" + call[1]
                    + " with " + describe(integration.patterns()) + ", not " + pattern.suffix()));
        }
        return new TaskResource(arn, Kind.OPTIMIZED, integration.service(), integration.operation(), pattern,
                integration.errorPrefix());
    }

    private static String sdkHint(String[] call, ServiceModels models) {
        Integration any = OptimizedIntegrations.all().get(call[0]).values().iterator().next();
        String operation = Character.toUpperCase(call[1].charAt(0)) + call[1].substring(1);
        boolean sdkHas = any.service() != null && models.operations(any.service())
                .map(ops -> ops.contains(operation)).orElse(false);
        return sdkHas ? " (the AWS SDK integration has it: arn:aws:states:::aws-sdk:" + any.service() + ":" + call[1]
                + ")" : "";
    }

    private static String describe(Set<Pattern> patterns) {
        List<String> names = new ArrayList<>();
        for (Pattern p : patterns) {
            names.add(p == Pattern.REQUEST_RESPONSE ? "request-response" : p.suffix());
        }
        return String.join(", ", names);
    }

    private static Finding notRecognized(String arn, String hint) {
        return new Finding(true, "UNKNOWN_RESOURCE", "The resource provided " + arn + NOT_RECOGNIZED + hint);
    }

    static String camel(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
