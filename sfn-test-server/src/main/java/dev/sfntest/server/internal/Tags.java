package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Tags of state machines and activities, by ARN. */
final class Tags {
    private final Predicate<String> exists;
    private final Map<String, Map<String, String>> byArn = new LinkedHashMap<>();

    Tags(Predicate<String> exists) {
        this.exists = exists;
    }

    /** TagResource: adds or replaces. */
    synchronized void tag(String arn, List<ObjectNode> tags) {
        check(arn);
        Map<String, String> map = byArn.computeIfAbsent(arn, key -> new LinkedHashMap<>());
        for (ObjectNode tag : tags) {
            JsonRequest member = new JsonRequest(tag);
            map.put(member.required("key", 1, 128), member.optional("value", 0, 256) == null ? ""
                    : member.optional("value", 0, 256));
        }
    }

    /** UntagResource. */
    synchronized void untag(String arn, List<String> keys) {
        check(arn);
        Map<String, String> map = byArn.get(arn);
        if (map != null) {
            keys.forEach(map::remove);
        }
    }

    /** ListTagsForResource. */
    synchronized Map<String, String> list(String arn) {
        check(arn);
        return new LinkedHashMap<>(byArn.getOrDefault(arn, Map.of()));
    }

    /** Forgets a deleted resource's tags. */
    synchronized void forget(String arn) {
        byArn.remove(arn);
    }

    private void check(String arn) {
        Arns.parse(arn, "stateMachine", "activity");
        if (!exists.test(arn)) {
            throw ApiException.resourceNotFound(arn);
        }
    }
}
