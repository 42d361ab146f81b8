package dev.sfntest.service.internal;

import dev.sfntest.service.TaskResource.Pattern;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The optimized integrations ({@code arn:aws:states:::<service>:<action>}) that AWS documents, with
 * the API model operation each calls, the patterns each supports and its error prefix. Sources:
 * AWS's "Integrating optimized services with Step Functions" pages, one per service.
 */
public final class OptimizedIntegrations {
    /**
     * One integration.
     *
     * @param service the API model's service ({@code null} when the integration has no SDK
     *     operation: API Gateway and HTTP invoke, EKS call and runJob)
     * @param operation the model's operation
     * @param patterns the patterns AWS supports for it
     * @param errorPrefix the prefix of its error names, {@code null} when not documented
     */
    public record Integration(String service, String operation, Set<Pattern> patterns, String errorPrefix) {
    }

    private static final Map<String, Map<String, Integration>> TABLE = build();

    private OptimizedIntegrations() {
    }

    /** The integration services ({@code lambda}, {@code dynamodb}...) and their actions. */
    public static Map<String, Map<String, Integration>> all() {
        return TABLE;
    }

    private static Map<String, Map<String, Integration>> build() {
        Table t = new Table();
        t.service("lambda", "lambda", "Lambda").add("invoke", "RW");
        t.service("dynamodb", "dynamodb", "DynamoDB").add("getItem", "R").add("putItem", "R").add("updateItem", "R")
                .add("deleteItem", "R");
        t.service("sqs", "sqs", "SQS").add("sendMessage", "RW");
        t.service("sns", "sns", "SNS").add("publish", "RW");
        t.service("events", "eventbridge", "EventBridge").add("putEvents", "RW");
        t.service("states", "sfn", "StepFunctions").add("startExecution", "RS2W");
        t.service("ecs", "ecs", null).add("runTask", "RSW");
        t.service("batch", "batch", null).add("submitJob", "RSW");
        t.service("glue", "glue", null).add("startJobRun", "RS");
        t.service("databrew", "databrew", null).add("startJobRun", "RS");
        t.service("athena", "athena", null).add("startQueryExecution", "RS").add("stopQueryExecution", "R")
                .add("getQueryExecution", "R").add("getQueryResults", "R");
        t.service("sagemaker", "sagemaker", null).add("createTrainingJob", "RS").add("createTransformJob", "RS")
                .add("createHyperParameterTuningJob", "RS").add("createLabelingJob", "RS")
                .add("createProcessingJob", "RS").add("createModel", "R").add("createEndpoint", "R")
                .add("createEndpointConfig", "R").add("updateEndpoint", "R");
        t.service("elasticmapreduce", "emr", null).add("createCluster", "RS").add("terminateCluster", "RS")
                .add("addStep", "RS").add("cancelStep", "R").add("setClusterTerminationProtection", "R")
                .add("modifyInstanceFleetByName", "R", null).add("modifyInstanceGroupByName", "R", null);
        t.service("emr-containers", "emrcontainers", null).add("startJobRun", "RS").add("createVirtualCluster", "R")
                .add("deleteVirtualCluster", "RS");
        t.service("emr-serverless", "emrserverless", null).add("createApplication", "RS")
                .add("startApplication", "RS").add("stopApplication", "RS").add("deleteApplication", "RS")
                .add("startJobRun", "RS").add("cancelJobRun", "RS");
        t.service("codebuild", "codebuild", null).add("startBuild", "RS").add("stopBuild", "R")
                .add("batchDeleteBuilds", "R").add("batchGetReports", "R").add("startBuildBatch", "RS")
                .add("stopBuildBatch", "R").add("retryBuildBatch", "RS").add("deleteBuildBatch", "R");
        t.service("eks", "eks", null).add("createCluster", "RS").add("deleteCluster", "RS")
                .add("createFargateProfile", "RS").add("deleteFargateProfile", "RS").add("createNodegroup", "RS")
                .add("deleteNodegroup", "RS").add("runJob", "RS", null).add("call", "R", null);
        t.service("bedrock", "bedrockruntime", null).add("invokeModel", "R")
                .add("createModelCustomizationJob", "RS", "bedrock")
                .add("createModelInvocationJob", "RS", "bedrock");
        t.service("mediaconvert", "mediaconvert", null).add("createJob", "RS");
        t.service("apigateway", null, null).add("invoke", "RW", null);
        t.service("http", null, null).add("invoke", "R", null);
        return t.done();
    }

    /** Builds the table: services, then their actions with a pattern code (R, S, 2, W). */
    private static final class Table {
        private final Map<String, Map<String, Integration>> services = new LinkedHashMap<>();
        private Map<String, Integration> current;
        private String service;
        private String prefix;

        Table service(String name, String modelService, String errorPrefix) {
            current = new LinkedHashMap<>();
            services.put(name, current);
            service = modelService;
            prefix = errorPrefix;
            return this;
        }

        Table add(String action, String patterns) {
            return add(action, patterns, service);
        }

        Table add(String action, String patterns, String modelService) {
            Set<Pattern> set = EnumSet.noneOf(Pattern.class);
            for (char code : patterns.toCharArray()) {
                set.add(switch (code) {
                    case 'R' -> Pattern.REQUEST_RESPONSE;
                    case 'S' -> Pattern.SYNC;
                    case '2' -> Pattern.SYNC_2;
                    default -> Pattern.WAIT_FOR_TASK_TOKEN;
                });
            }
            String operation = modelService == null ? null : Character.toUpperCase(action.charAt(0)) + action.substring(1);
            current.put(action, new Integration(modelService, operation, Collections.unmodifiableSet(set), prefix));
            return this;
        }

        Map<String, Map<String, Integration>> done() {
            services.replaceAll((name, actions) -> Collections.unmodifiableMap(actions));
            return Collections.unmodifiableMap(services);
        }
    }
}
