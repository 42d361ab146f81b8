package dev.sfntest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A known-failures list on the test classpath: one {@code case-name reason} per line, {@code #} comments. */
public final class KnownFailures {
    private KnownFailures() {
    }

    /** The listed cases and their reasons; empty when {@code resource} is absent. */
    public static Map<String, String> read(String resource) throws IOException {
        Map<String, String> known = new HashMap<>();
        try (InputStream in = KnownFailures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return known;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int space = trimmed.indexOf(' ');
                known.put(space < 0 ? trimmed : trimmed.substring(0, space),
                        space < 0 ? "" : trimmed.substring(space + 1).strip());
            }
        }
        return known;
    }
}
