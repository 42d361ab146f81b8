package dev.sfntest.assertj;

import dev.sfntest.history.ExecutionSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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
record Snapshots(Path folder, boolean update, boolean ci, PrintStream console) {
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.platform.commons.annotation.Testable",
            "org.junit.Test", "org.testng.annotations.Test");

    /** The default folder, relative to the working directory (the module's, under Maven and Gradle). */
    static final String DEFAULT_FOLDER = "src/test/resources/__snapshots__";

    /** The settings of this JVM: system properties and environment variables. */
    static Snapshots fromEnvironment() {
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
    Path file(String name) {
        if (name == null || name.isBlank() || name.startsWith("/") || Arrays.asList(name.split("/")).contains("..")) {
            throw new IllegalArgumentException("A snapshot name is a relative path such as \"OrderTest/declined\","
                    + " without '..': " + (name == null ? "null" : "\"" + name + "\""));
        }
        return folder.resolve(name + ".json");
    }

    /**
     * Compares {@code actual} with snapshot {@code name}: records it when the snapshot is missing
     * (outside CI) or when updating; a difference is returned with a line diff.
     *
     * @return the failure, or empty when the snapshot matches or was recorded
     */
    Optional<Mismatch> verify(String name, String actual) {
        Path file = file(name);
        String expected;
        try {
            expected = read(file);
            if (update || expected == null && !ci) {
                write(file, actual);
                if (!actual.equals(expected)) {
                    console.println("sfn-test: " + (expected == null ? "recorded" : "re-recorded")
                            + " the snapshot " + file);
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.of(new Mismatch("Cannot read or write the snapshot " + file + ": " + e, null, null));
        }
        if (expected == null) {
            return Optional.of(new Mismatch("No snapshot " + file + " to compare the execution with, and none is"
                    + " recorded on CI (CI is set). Run the test locally, or once with"
                    + " -Dsfntest.snapshots.update=true, and commit the file.", null, null));
        }
        String normalised = expected.replace("\r\n", "\n");
        if (normalised.equals(actual)) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch("The execution does not match the snapshot " + file
                + " (- snapshot, + this run; re-record with -Dsfntest.snapshots.update=true):\n"
                + ExecutionSnapshot.diff(normalised, actual).stripTrailing(), normalised, actual));
    }

    /**
     * Why a snapshot check failed.
     *
     * @param message the failure message
     * @param expected the snapshot's text, or {@code null} when nothing was compared
     * @param actual this run's text, or {@code null} when nothing was compared
     */
    record Mismatch(String message, String expected, String actual) {
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The name of the snapshot of the calling test method: {@code <test class's binary
     * name>/<method>}, the method being the nearest caller annotated as a test: a JUnit Jupiter
     * test annotation ({@code @Test}, {@code @ParameterizedTest}, anything meta-annotated with
     * {@code @Testable}), JUnit 4's or TestNG's {@code @Test}. Read by annotation names, so no test
     * framework is needed here.
     */
    static Optional<String> callerName() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> isTestMethod(f.getDeclaringClass(), f.getMethodName()))
                        .map(f -> f.getDeclaringClass().getName() + "/" + f.getMethodName()).findFirst());
    }

    /** Why {@link #callerName()} found nothing. */
    static final String NO_TEST_METHOD = "matchesSnapshot() names its snapshot after the test method that calls"
            + " it, and none is on the stack (a method annotated with @Test or another test annotation); name the"
            + " snapshot: matchesSnapshot(\"OrderTest/declined\")";

    private static boolean isTestMethod(Class<?> type, String methodName) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(methodName)) {
                for (Annotation annotation : method.getAnnotations()) {
                    if (isTestAnnotation(annotation.annotationType(), new HashSet<>())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isTestAnnotation(Class<? extends Annotation> type, Set<Class<?>> seen) {
        if (TEST_ANNOTATIONS.contains(type.getName())) {
            return true;
        }
        if (!seen.add(type) || type.getName().startsWith("java.lang.annotation.")) {
            return false;
        }
        for (Annotation meta : type.getAnnotations()) {
            if (isTestAnnotation(meta.annotationType(), seen)) {
                return true;
            }
        }
        return false;
    }
}
