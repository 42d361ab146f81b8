package dev.sfntest.examples.consumer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Maven on a project of a user's, as a separate process, against sfn-test as this build made
 * it: nothing is taken from or written to the user's own local repository but third-party
 * artifacts read from it.
 *
 * <p>The project's local repository is {@code examples/target/consumer-repo}. This build's modules
 * (their {@code pom.xml} and a jar of {@code target/classes}) are installed there as locally built
 * snapshots; everything else (JUnit, Jackson, the Maven plugins) comes from a file repository
 * that is the local repository of the Maven running this build ({@code sfntest.localRepository}),
 * then from Maven Central. When this build runs offline ({@code sfntest.offline}), so does the
 * project's, the file repository still allowed. The Maven that runs is this build's own
 * ({@code sfntest.mavenHome}), else {@code mvn} on the {@code PATH}; it and its test fork run with
 * JVM options for short runs ({@code MAVEN_OPTS} and {@code -DargLine}).
 */
final class ConsumerBuild {
    /** Held by the tests that run Maven: two Maven processes must not share a local repository. */
    static final String LOCK = "sfn-test consumer repository";

    /** The project root: the parent of {@code examples/}, the working directory of its tests. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path REPOSITORY = TARGET.resolve("consumer-repo");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern VERSION = Pattern.compile(
            "<artifactId>sfn-test-parent</artifactId>\\s*<version>([^<]+)</version>");
    private static final long TIMEOUT_MINUTES = 5;
    /**
     * The JVM options of the Maven process and of its test fork: short runs start twice as fast
     * with the quick compiler only and the serial collector.
     */
    private static final String QUICK_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private ConsumerBuild() {
    }

    /** A fresh, empty folder {@code target/consumer-projects/NAME}. */
    static Path freshFolder(String name) throws IOException {
        Path folder = TARGET.resolve("consumer-projects").resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** The version of this build ({@code sfn-test-parent}'s). */
    static String version() {
        Matcher matcher = VERSION.matcher(read(ROOT.resolve("pom.xml")));
        if (!matcher.find()) {
            throw new IllegalStateException("no <version> after sfn-test-parent in " + ROOT.resolve("pom.xml"));
        }
        return matcher.group(1);
    }

    /** The outcome of one Maven run: its exit code and everything it printed. */
    record Outcome(int exitCode, String log) {
        /** The last {@code count} lines of the log, for a failure message. */
        String tail(int count) {
            List<String> lines = log.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    /**
     * Runs {@code mvn -B ARGUMENTS} in {@code directory} with the consumer repository, after
     * installing this build's modules there.
     */
    static Outcome maven(Path directory, String... arguments) throws IOException, InterruptedException {
        installModules();
        Path settings = writeSettings();
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-U", "-s", settings.toString(),
                "-Dmaven.repo.local=" + REPOSITORY, "-Dstyle.color=never"));
        if ("offline=true".equals(System.getProperty("sfntest.offline"))) {
            command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
        }
        command.add("-DargLine=" + QUICK_JVM);
        command.addAll(List.of(arguments));
        Path log = directory.resolveSibling(directory.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("MAVEN_OPTS", QUICK_JVM);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", command) + " in " + directory + " took more than "
                    + TIMEOUT_MINUTES + " minutes; its log: " + log);
        }
        return new Outcome(process.exitValue(), read(log));
    }

    private static String mavenExecutable() {
        String home = System.getProperty("sfntest.mavenHome", "");
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "mvn.cmd" : "mvn";
        Path inHome = Path.of(home, "bin", name);
        return !home.isEmpty() && Files.isRegularFile(inHome) ? inHome.toString() : name;
    }

    private static Path writeSettings() throws IOException {
        String userRepository = System.getProperty("sfntest.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String url = Path.of(userRepository).toUri().toString();
        String repository = "<id>user-local-repository</id><url>" + url + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        String settings = "<settings><profiles><profile><id>consumer</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>consumer</activeProfile></activeProfiles>"
                + "</settings>\n";
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve("consumer-settings.xml");
        Files.writeString(file, settings, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Installs the parent POM and every module of the root POM that has been built (a
     * {@code target/classes} folder) or is a POM, except {@code examples} and the benchmarks.
     */
    private static synchronized void installModules() throws IOException {
        String version = version();
        install("sfn-test-parent", version, ROOT.resolve("pom.xml"), null);
        Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (modules.find()) {
            String module = modules.group(1).trim();
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            Path classes = ROOT.resolve(module).resolve("target/classes");
            if (module.equals("examples") || module.equals("sfn-test-bench") || !Files.isRegularFile(pom)) {
                continue;
            }
            boolean pomOnly = read(pom).contains("<packaging>pom</packaging>");
            if (pomOnly || Files.isDirectory(classes)) {
                install(module, version, pom, pomOnly ? null : classes);
            }
        }
    }

    private static void install(String artifactId, String version, Path pom, Path classes) throws IOException {
        Path folder = REPOSITORY.resolve("dev/sfntest").resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (classes != null) {
            Path jar = folder.resolve(artifactId + "-" + version + ".jar");
            if (!Files.exists(jar) || newestIn(classes).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                writeJar(classes, jar);
            }
        }
    }

    private static FileTime newestIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(ConsumerBuild::modified).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
