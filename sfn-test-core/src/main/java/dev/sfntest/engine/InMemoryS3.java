package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * An in-memory S3 for distributed Map states: {@code ItemReader} reads the objects a test puts
 * here ({@code s3:getObject}, {@code s3:listObjectsV2}) and {@code ResultWriter} writes its
 * manifest and result files here for the test to read.
 *
 * <pre>{@code
 * InMemoryS3 s3 = new InMemoryS3().putObject("orders", "2025/01.csv", "id,total\n1,20\n2,35\n");
 * Engine engine = Engine.builder().s3(s3).taskHandler(mocks).build();
 * engine.execute(machine, input);
 * String manifest = s3.getObject("results", "run/manifest.json").orElseThrow();
 * }</pre>
 *
 * <p>One instance per test: it holds what the executions wrote.
 */
@API(status = EXPERIMENTAL)
public final class InMemoryS3 {
    private final Map<String, TreeMap<String, String>> buckets = new ConcurrentHashMap<>();

    /** Stores an object (text, UTF-8); returns this store for chaining. */
    public InMemoryS3 putObject(String bucket, String key, String content) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        TreeMap<String, String> objects = buckets.computeIfAbsent(bucket, name -> new TreeMap<>());
        synchronized (objects) {
            objects.put(key, content);
        }
        return this;
    }

    /** The object's text, or empty when there is no such object. */
    public Optional<String> getObject(String bucket, String key) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        TreeMap<String, String> objects = buckets.get(bucket);
        if (objects == null) {
            return Optional.empty();
        }
        synchronized (objects) {
            return Optional.ofNullable(objects.get(key));
        }
    }

    /** The keys of a bucket that start with {@code prefix}, in lexicographic order (as ListObjectsV2). */
    public List<String> listKeys(String bucket, String prefix) {
        Objects.requireNonNull(bucket, "bucket");
        TreeMap<String, String> objects = buckets.get(bucket);
        List<String> keys = new ArrayList<>();
        if (objects == null) {
            return keys;
        }
        synchronized (objects) {
            for (String key : objects.keySet()) {
                if (key.startsWith(prefix == null ? "" : prefix)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The object's size in bytes (UTF-8), or -1 when there is no such object. */
    public long size(String bucket, String key) {
        return getObject(bucket, key).map(text -> (long) text.getBytes(StandardCharsets.UTF_8).length).orElse(-1L);
    }
}
