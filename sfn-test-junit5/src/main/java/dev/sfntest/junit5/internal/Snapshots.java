package dev.sfntest.junit5.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * Where snapshots live and how they are compared, recorded and re-recorded.
 *
 * @param folder the folder of snapshots, {@code src/test/resources/__snapshots__} unless
 *     {@code -Dsfntest.snapshots.dir} says otherwise
 * @param update re-record every snapshot compared ({@code -Dsfntest.snapshots.update=true} or
 *     the environment variable {@code SFNTEST_SNAPSHOTS_UPDATE=true})
 * @param ci a CI server runs the tests (environment variable {@code CI} set and not
 *     {@code false}): a missing snapshot fails instead of being recorded
 * @param console where a recorded snapshot is announced
 */
public record Snapshots(Path folder, boolean update, boolean ci, PrintStream console) {
    /** The default folder, relative to the working directory (the module's, under Maven and Gradle). */
    public static final String DEFAULT_FOLDER = "src/test/resources/__snapshots__";

    /** The settings of this JVM: system properties and environment variables. */
    public static Snapshots fromEnvironment() {
        return from(System::getProperty, System::getenv, System.err);
    }

    /** The settings that these system properties and environment variables give. */
    static Snapshots from(UnaryOperator<String> properties, UnaryOperator<String> environment, PrintStream console) {
        String folder = properties.apply("sfntest.snapshots.dir");
        String update = properties.apply("sfntest.snapshots.update");
        String ci = environment.apply("CI");
        return new Snapshots(Path.of(folder == null ? DEFAULT_FOLDER : folder),
                "true".equalsIgnoreCase(update == null ? environment.apply("SFNTEST_SNAPSHOTS_UPDATE") : update),
                ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci), console);
    }

    /** The file of snapshot {@code name} ({@code /}-separated, without {@code .json}). */
    public Path file(String name) {
        if (name == null || name.isBlank() || name.startsWith("/") || Arrays.asList(name.split("/")).contains("..")) {
            throw new IllegalArgumentException("A snapshot name is a relative path such as \"OrderTest/declined\","
                    + " without '..': " + (name == null ? "null" : "\"" + name + "\""));
        }
        return folder.resolve(name + ".json");
    }

    /**
     * Compares {@code actual} with snapshot {@code name}: records it when the snapshot is missing
     * (outside CI) or when updating, fails with a line diff when it differs.
     */
    public void verify(String name, String actual) {
        Path file = file(name);
        String expected = read(file);
        if (update || expected == null && !ci) {
            write(file, actual);
            if (!actual.equals(expected)) {
                console.println("sfn-test: " + (expected == null ? "recorded" : "re-recorded") + " the snapshot "
                        + file);
            }
            return;
        }
        if (expected == null) {
            throw new AssertionFailedError("No snapshot " + file + " to compare the execution with, and none is"
                    + " recorded on CI (CI is set). Run the test locally, or once with"
                    + " -Dsfntest.snapshots.update=true, and commit the file.");
        }
        String normalised = expected.replace("\r\n", "\n");
        if (!normalised.equals(actual)) {
            throw new AssertionFailedError("The execution does not match the snapshot " + file
                    + " (- snapshot, + this run; re-record with -Dsfntest.snapshots.update=true):\n"
                    + LineDiff.of(normalised, actual).stripTrailing(), normalised, actual);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new AssertionFailedError("Cannot read the snapshot " + file + ": " + e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionFailedError("Cannot write the snapshot " + file + ": " + e);
        }
    }

    /**
     * The name of the snapshot of the calling test method: {@code <test class's binary
     * name>/<method>}, the method being the nearest caller annotated with a {@link Testable}
     * annotation ({@code @Test}, {@code @ParameterizedTest}, ...).
     */
    public static String callerName() {
        Optional<String> name = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> isTestMethod(f.getDeclaringClass(), f.getMethodName()))
                        .map(f -> f.getDeclaringClass().getName() + "/" + f.getMethodName()).findFirst());
        return name.orElseThrow(() -> new AssertionFailedError("matchesSnapshot() names its snapshot after the"
                + " test method that calls it, and none is on the stack (a method annotated with @Test or another"
                + " test annotation); name the snapshot: matchesSnapshot(\"OrderTest/declined\")"));
    }

    private static boolean isTestMethod(Class<?> type, String methodName) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(methodName) && AnnotationSupport.isAnnotated(method, Testable.class)) {
                return true;
            }
        }
        return false;
    }
}
