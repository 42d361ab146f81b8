package dev.sfntest.junit5.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads a classpath resource or a {@code file:} path, or says how to fix the location. */
final class ClasspathResources {
    private ClasspathResources() {
    }

    /** The text at a location, or {@code null} when there is nothing there. */
    static String readIfPresent(String location, ClassLoader loader) {
        boolean present;
        if (location.startsWith("file:")) {
            present = Files.isRegularFile(Path.of(location.substring("file:".length())));
        } else {
            present = loader.getResource(location.startsWith("/") ? location.substring(1) : location) != null;
        }
        return present ? read(location, "file", loader) : null;
    }

    static String read(String location, String what, ClassLoader loader) {
        if (location.startsWith("file:")) {
            Path file = Path.of(location.substring("file:".length()));
            if (!Files.isRegularFile(file)) {
                throw new ExtensionConfigurationException("The " + what + " file '" + file + "' does not exist "
                        + "(the working directory is " + Path.of("").toAbsolutePath() + "): fix the path, or drop "
                        + "'file:' for a classpath resource");
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExtensionConfigurationException("The " + what + " file '" + file + "' cannot be read: "
                        + e.getMessage(), e);
            }
        }
        String resource = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                String closest = NearbyResources.closest(resource, loader);
                throw new ExtensionConfigurationException("The " + what + " '" + location + "' is not on the "
                        + "classpath" + (closest == null ? ": put" : "; did you mean '" + closest + "'? Put")
                        + " it under src/test/resources, or write 'file:' and a path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtensionConfigurationException("The " + what + " '" + location + "' cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
