package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.service.internal.ServiceIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;

/**
 * AWS's API models on the classpath, loaded lazily, one service at a time, and kept: the
 * {@code dev.sfntest:sfn-test-aws-models} artifact holds the models of the services Step Functions
 * integrates with and an index of every service; a jar with more {@code models/*-model.json}
 * files (such as {@code com.amazonaws:aws-java-sdk-models}) adds the others.
 *
 * <pre>{@code
 * ServiceModels models = ServiceModels.standard();
 * models.model("dynamodb").flatMap(m -> m.operation("PutItem")); // the PutItem operation
 * models.unavailable("ec2");  // why there is no EC2 model, and how to add it
 * }</pre>
 *
 * <p>Thread-safe. A model that is missing, unreadable or too large is reported by
 * {@link #unavailable} and never throws: the checks that need it are skipped.
 */
@API(status = EXPERIMENTAL)
public final class ServiceModels {
    /** Models larger than this are not loaded (the largest AWS model, EC2's, is about 3 MB). */
    public static final int MAX_MODEL_BYTES = 32 * 1024 * 1024;

    private final ClassLoader loader;
    private volatile ServiceIndex index;
    private final ConcurrentMap<String, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(ServiceModel model, String problem) {
    }

    private ServiceModels(ClassLoader loader) {
        this.loader = loader;
    }

    private static final class Standard {
        static final ServiceModels INSTANCE = new ServiceModels(ServiceModels.class.getClassLoader());
    }

    /** The models on sfn-test's own classpath, shared: each is read at most once per JVM. */
    public static ServiceModels standard() {
        return Standard.INSTANCE;
    }

    /** The models that {@code loader} finds, with a cache of their own. */
    public static ServiceModels using(ClassLoader loader) {
        return new ServiceModels(Objects.requireNonNull(loader, "loader"));
    }

    private ServiceIndex index() {
        ServiceIndex current = index;
        if (current == null) {
            current = ServiceIndex.read(loader);
            index = current;
        }
        return current;
    }

    /** Whether {@code aws-sdk:<service>:...} names a known service (the index lists every one). */
    public boolean isService(String service) {
        return index().services().containsKey(service);
    }

    /** Every service name the index knows, sorted. */
    public Set<String> serviceNames() {
        return index().services().keySet();
    }

    /** Why the index is missing, or {@code null} when it was read. */
    public String indexProblem() {
        return index().problem();
    }

    /** The service's operations (PascalCase); empty when the service or its operations are unknown. */
    public Optional<Set<String>> operations(String service) {
        ServiceIndex.Entry entry = index().services().get(service);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.operations());
    }

    /** The prefix of the service's {@code aws-sdk:} error names ({@code DynamoDb}, {@code S3}). */
    public Optional<String> errorPrefix(String service) {
        ServiceIndex.Entry entry = index().services().get(service);
        return entry == null ? Optional.empty() : Optional.of(entry.errorPrefix());
    }

    /** The service's model, loaded on first use; empty when {@link #unavailable} says why. */
    public Optional<ServiceModel> model(String service) {
        return Optional.ofNullable(lookup(service).model());
    }

    /** Why the service has no model here (with how to add one), or {@code null} when it has one. */
    public String unavailable(String service) {
        return lookup(service).problem();
    }

    private Loaded lookup(String service) {
        return loaded.computeIfAbsent(service, this::load);
    }

    private Loaded load(String service) {
        ServiceIndex.Entry entry = index().services().get(service);
        if (entry == null) {
            return new Loaded(null, index().problem() != null ? index().problem()
                    : "'" + service + "' is not an AWS service that sfn-test's index knows");
        }
        if (entry.modelFile() == null) {
            return new Loaded(null, "no API model of '" + service + "' is published in com.amazonaws:aws-java-sdk-models, "
                    + "so its requests and results are not checked");
        }
        String resource = "models/" + entry.modelFile() + "-model.json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return new Loaded(null, "no API model of '" + service + "' on the classpath (" + resource
                        + "); add com.amazonaws:aws-java-sdk-models:1.12.797, or a jar holding that file, to the test "
                        + "classpath to check its requests and results");
            }
            byte[] bytes = in.readNBytes(MAX_MODEL_BYTES + 1);
            if (bytes.length > MAX_MODEL_BYTES) {
                return new Loaded(null, "the API model " + resource + " is larger than " + MAX_MODEL_BYTES
                        + " bytes and was not loaded");
            }
            JsonNode model = Json.parseData(new String(bytes, StandardCharsets.UTF_8));  // no object mapper: start-up
            if (model == null || !model.path("operations").isObject() || !model.path("shapes").isObject()) {
                return new Loaded(null, "the API model " + resource + " has no 'operations' and 'shapes' objects");
            }
            dropDocumentation(model);
            return new Loaded(new ServiceModel(service, entry.errorPrefix(), model), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "the API model " + resource + " could not be read: " + e.getMessage());
        }
    }

    /** Documentation is most of a model's size and none of its meaning for the checks. */
    private static void dropDocumentation(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("documentation");
            object.remove("documentationUrl");
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                dropDocumentation(it.next());
            }
        }
    }
}
