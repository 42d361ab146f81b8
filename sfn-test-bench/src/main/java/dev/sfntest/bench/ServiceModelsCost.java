package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Validator;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskErrors;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import dev.sfntest.service.internal.RequestTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The service models' costs in CPU time of the measuring thread (steady on a loaded machine, where
 * wall-clock JMH figures are not): the first load of each service's model in one JVM, in order
 * (the first also loads Jackson's parsing classes), and validating every real-world definition
 * with the models loaded, warm. Prints one JSON line per figure.
 *
 * <pre>{@code java -Dsfntest.shared=../shared -cp sfn-test-bench/target/benchmarks.jar dev.sfntest.bench.ServiceModelsCost}</pre>
 */
public final class ServiceModelsCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] SERVICES = {"lambda", "dynamodb", "sqs", "sns", "eventbridge", "sfn", "ecs",
        "glue", "sagemaker"};

    private ServiceModelsCost() {
    }

    /** Measures and prints. */
    public static void main(String[] args) {
        ServiceModels models = ServiceModels.using(ServiceModelsCost.class.getClassLoader());
        for (String service : SERVICES) {
            long start = THREADS.getCurrentThreadCpuTime();
            models.model(service).orElseThrow();
            print("firstLoad", service, THREADS.getCurrentThreadCpuTime() - start);
        }
        for (String service : SERVICES) {
            ServiceModels fresh = ServiceModels.using(ServiceModelsCost.class.getClassLoader());
            long start = THREADS.getCurrentThreadCpuTime();
            fresh.model(service).orElseThrow();
            print("reloadWarmJvm", service, THREADS.getCurrentThreadCpuTime() - start);
        }
        List<JsonNode> trees = realWorld();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            trees.forEach(Validator::validate);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        print("validateRealWorldWithModels", trees.size() + " definitions", best);
        List<JsonNode> tasks = tasks(trees);
        best = Long.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            checkTasks(tasks, result -> { });
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        print("serviceChecksOnly", tasks.size() + " Task states", best);
    }

    /** Every Task state of {@code trees}, nested ones too. */
    static List<JsonNode> tasks(List<JsonNode> trees) {
        List<JsonNode> tasks = new ArrayList<>();
        trees.forEach(tree -> collectTasks(tree, tasks));
        return tasks;
    }

    private static void collectTasks(JsonNode node, List<JsonNode> into) {
        if (node.isObject() && "Task".equals(node.path("Type").asText()) && node.path("Resource").isTextual()) {
            into.add(node);
        }
        node.elements().forEachRemaining(child -> collectTasks(child, into));
    }

    /**
     * What the validator's service checks do for each Task: resolve the resource, check the static
     * request, check the Retry and Catch names; each result goes to {@code sink}.
     */
    static void checkTasks(List<JsonNode> tasks, Consumer<Object> sink) {
        ServiceModels models = ServiceModels.standard();
        for (JsonNode task : tasks) {
            TaskResource resource = TaskResources.resolve(task.get("Resource").textValue(), models).resource();
            JsonNode template = task.has("Arguments") ? task.get("Arguments") : task.get("Parameters");
            if (resource.hasOperation()) {
                models.model(resource.service()).ifPresent(model ->
                        sink.accept(RequestTemplates.check(resource, model, template)));
            }
            for (String field : new String[] {"Retry", "Catch"}) {
                for (JsonNode handler : task.path(field)) {
                    for (JsonNode name : handler.path("ErrorEquals")) {
                        sink.accept(TaskErrors.check(resource, name.asText(), models));
                    }
                }
            }
        }
    }

    /** The parseable definitions of {@code shared/realworld} as trees, in file name order. */
    static List<JsonNode> realWorld() {
        List<JsonNode> trees = new ArrayList<>();
        try (Stream<Path> files = Files.list(Workloads.shared().resolve("realworld"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    trees.add(Definitions.readTree(Definitions.read(file)));
                } catch (RuntimeException e) {
                    // the one unparseable definition is not a validation workload
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trees;
    }

    private static void print(String what, String subject, long nanos) {
        System.out.println(String.format(Locale.ROOT, "{\"measure\": \"%s\", \"subject\": \"%s\", \"cpuMs\": %.2f}",
                what, subject, nanos / 1e6));
    }
}
