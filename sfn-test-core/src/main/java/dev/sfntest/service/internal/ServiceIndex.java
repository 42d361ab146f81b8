package dev.sfntest.service.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code models/sfn-test-index.tsv}: every AWS service by the name {@code aws-sdk:} uses, with its
 * error prefix, its model file and its operations, read from the classpath once per loader.
 *
 * @param services by {@code aws-sdk} name
 * @param problem why the index is missing or unreadable, {@code null} when it was read
 */
public record ServiceIndex(Map<String, Entry> services, String problem) {
    /** Where the index lives on the classpath. */
    public static final String RESOURCE = "models/sfn-test-index.tsv";

    /**
     * One service.
     *
     * @param name the {@code aws-sdk:} name ({@code dynamodb}, {@code sfn})
     * @param errorPrefix the prefix of its error names ({@code DynamoDb}, {@code Sfn})
     * @param modelFile the model's base name under {@code models/}, {@code null} when none is known
     * @param operations the operations in PascalCase, {@code null} when unknown (any is accepted)
     */
    public record Entry(String name, String errorPrefix, String modelFile, Set<String> operations) {
    }

    /** Reads the index with {@code loader}; a missing or broken index gives an empty one with the reason. */
    public static ServiceIndex read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ServiceIndex(Map.of(), "the service index " + RESOURCE + " is not on the classpath "
                        + "(add the dev.sfntest:sfn-test-aws-models artifact)");
            }
            return new ServiceIndex(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))),
                    null);
        } catch (IOException | RuntimeException e) {
            return new ServiceIndex(Map.of(), "the service index " + RESOURCE + " could not be read: " + e.getMessage());
        }
    }

    private static Map<String, Entry> parse(BufferedReader reader) throws IOException {
        Map<String, Entry> services = new TreeMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("line '" + abbreviate(line) + "' does not have 4 columns");
            }
            Set<String> operations = "*".equals(cells[3]) ? null
                    : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(cells[3].split(","))));
            services.put(cells[0], new Entry(cells[0], cells[1], "-".equals(cells[2]) ? null : cells[2], operations));
        }
        return Collections.unmodifiableMap(services);
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
