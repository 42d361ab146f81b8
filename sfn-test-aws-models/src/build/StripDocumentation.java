import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of sfn-test-aws-models (run by exec-maven-plugin with Java's source launcher, never
 * shipped): rewrites every {@code *-model.json} under the folder given without its
 * {@code documentation} and {@code documentationUrl} members, compact. The checks read shapes,
 * operations and errors only; the documentation is most of each file, and reading it was most of a
 * CLI run's cost for its first Task state.
 */
public final class StripDocumentation {
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        long before = 0;
        long after = 0;
        List<Path> models;
        try (Stream<Path> files = Files.list(folder)) {
            models = files.filter(file -> file.getFileName().toString().endsWith("-model.json")).sorted().toList();
        }
        for (Path model : models) {
            before += Files.size(model);
            JsonNode tree = mapper.readTree(model.toFile());
            strip(tree);
            Files.write(model, mapper.writeValueAsBytes(tree));
            after += Files.size(model);
        }
        System.out.println("[sfn-test-aws-models] " + models.size() + " models without documentation: " + before
                + " -> " + after + " bytes");
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("documentation");
            object.remove("documentationUrl");
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            strip(it.next());
        }
    }
}
