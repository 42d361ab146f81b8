package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.service.TaskResource.Kind;
import dev.sfntest.service.internal.Closest;
import dev.sfntest.service.internal.OptimizedIntegrations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The errors a Task can raise, from its operation's API model and AWS's naming rule for its
 * integration ({@code DynamoDb.TransactionCanceledException} for {@code aws-sdk:dynamodb}, the
 * {@code Exception} suffix always added; {@code Lambda.ServiceException} for Lambda), and the check
 * of a name written in a {@code Retry}/{@code Catch} or a mock against them.
 *
 * <pre>{@code
 * TaskResource task = TaskResources.resolve("arn:aws:states:::aws-sdk:dynamodb:transactWriteItems").resource();
 * TaskErrors.check(task, "DynamoDB.TransactionCanceledException", ServiceModels.standard());
 * // Optional[... raises 'DynamoDb.TransactionCanceledException' ...]
 * }</pre>
 *
 * <p>Services raise errors their models do not declare (throttling, validation, access denied),
 * so a name is reported only when it is a near miss of a declared one (case, prefix, the missing
 * {@code Exception} suffix, a typo) or names another service's error.
 */
@API(status = EXPERIMENTAL)
public final class TaskErrors {
    /** What AWS documents that Lambda integrations raise besides the Invoke operation's errors. */
    private static final List<String> LAMBDA_EXTRAS = List.of("AWSLambdaException", "SdkClientException",
            "ClientExecutionTimeoutException", "Unknown");

    private TaskErrors() {
    }

    /** The error names the task's operation declares, prefixed as AWS raises them; empty when unknown. */
    public static Set<String> raisable(TaskResource task, ServiceModels models) {
        Set<String> names = new LinkedHashSet<>();
        String service = task.kind() == Kind.LAMBDA_FUNCTION ? "lambda" : task.service();
        String operation = task.kind() == Kind.LAMBDA_FUNCTION ? "Invoke" : task.operation();
        if (task.errorPrefix() == null || service == null || operation == null) {
            return names;
        }
        Set<String> prefixes = prefixes(task, models);
        models.model(service).flatMap(model -> model.operation(operation)).ifPresent(op -> {
            for (String prefix : prefixes) {
                for (String error : op.errors()) {
                    names.add(prefix + "." + (error.endsWith("Exception") ? error : error + "Exception"));
                }
            }
        });
        if ("Lambda".equals(task.errorPrefix()) && !names.isEmpty()) {
            LAMBDA_EXTRAS.forEach(extra -> names.add("Lambda." + extra));
        }
        return names;
    }

    /**
     * The task's error prefixes: for an optimized integration, the one AWS's pages show and the AWS
     * SDK's ({@code DynamoDB} and {@code DynamoDb}), as both are seen in definitions that run.
     */
    private static Set<String> prefixes(TaskResource task, ServiceModels models) {
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(task.errorPrefix());
        if (task.kind() == Kind.OPTIMIZED && task.service() != null) {
            models.errorPrefix(task.service()).ifPresent(prefixes::add);
        }
        return prefixes;
    }

    /** Why {@code name} is not an error the task raises, with a did-you-mean; empty when it may be. */
    public static Optional<String> check(TaskResource task, String name, ServiceModels models) {
        if (name == null || name.startsWith("States.") || task.errorPrefix() == null) {
            return Optional.empty();
        }
        Set<String> known = raisable(task, models);
        if (known.isEmpty() || known.contains(name)) {
            return Optional.empty();
        }
        String subject = "'" + name + "' is not an error that " + describe(task) + " raises";
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(name)) {
                return Optional.of(subject + "; did you mean '" + candidate + "'? (error names match exactly)");
            }
        }
        int dot = name.indexOf('.');
        String prefix = dot < 0 ? "" : name.substring(0, dot);
        String exception = dot < 0 ? name : name.substring(dot + 1);
        String renamed = null;
        for (String candidate : known) {
            String declared = candidate.substring(candidate.indexOf('.') + 1);
            boolean same = declared.equalsIgnoreCase(exception) || declared.equalsIgnoreCase(exception + "Exception");
            if (same && (renamed == null || candidate.startsWith(prefix + "."))) {
                renamed = candidate;
            }
        }
        if (renamed != null) {
            return Optional.of(subject + "; did you mean '" + renamed + "'? (its errors are named '"
                    + renamed.substring(0, renamed.indexOf('.')) + ".<Name>Exception')");
        }
        String closest = Closest.of(name, known);
        Set<String> prefixes = prefixes(task, models);
        if (closest != null && prefixes.contains(prefix)) {
            return Optional.of(subject + "; did you mean '" + closest + "'?");
        }
        if (!lambda(task) && !prefixes.contains(prefix) && otherService(prefix, models)) {
            return Optional.of(subject + ": '" + prefix + ".' errors come from another service; this task raises "
                    + task.errorPrefix() + ".* and States.* errors");
        }
        return Optional.empty();
    }

    /** A Lambda function may throw any error type of its own. */
    private static boolean lambda(TaskResource task) {
        return "Lambda".equals(task.errorPrefix());
    }

    private static boolean otherService(String prefix, ServiceModels models) {
        if (prefix.isEmpty()) {
            return false;
        }
        for (var actions : OptimizedIntegrations.all().values()) {
            for (var integration : actions.values()) {
                if (prefix.equals(integration.errorPrefix())) {
                    return true;
                }
            }
        }
        for (String service : models.serviceNames()) {
            if (models.errorPrefix(service).map(prefix::equals).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(TaskResource task) {
        return task.kind() == Kind.LAMBDA_FUNCTION ? "a Lambda function" : task.arn().substring(
                task.arn().lastIndexOf(":::") < 0 ? 0 : task.arn().lastIndexOf(":::") + 3);
    }
}
