package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packaged jars of a {@code mvn verify} as module paths: the command's (its jar and its runtime
 * dependencies, listed by the build in {@code sfntest.runtimeClasspath}), and, for the JUnit modules,
 * the explicit modules of the test class path besides.
 *
 * @param cliPath the command's module path
 * @param extra further explicit modules (sfn-test-junit5, sfn-test-property, JUnit and its launcher, AssertJ)
 */
record PackagedJars(List<Path> cliPath, List<Path> extra) {
    private static final String HOW = "needs the packaged jars: runs in the packaged-jars execution of mvn verify";

    /** The jars of this build; the test is skipped, saying why, when they are not packaged. */
    static PackagedJars fromBuild() {
        String listing = System.getProperty("sfntest.runtimeClasspath");
        String cliJar = System.getProperty("sfntest.cliJar");
        assumeTrue(listing != null && cliJar != null && Files.isRegularFile(Path.of(listing))
                && Files.isRegularFile(Path.of(cliJar)), HOW);
        List<Path> cliPath = new ArrayList<>();
        try {
            for (String entry : Files.readString(Path.of(listing), StandardCharsets.UTF_8).strip()
                    .split(File.pathSeparator)) {
                cliPath.add(Path.of(entry));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + listing, e);
        }
        assumeTrue(cliPath.stream().allMatch(Files::isRegularFile), HOW + " (found a classes directory)");
        cliPath.add(Path.of(cliJar));
        Set<String> names = names(cliPath);
        List<Path> extra = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                explicitModule(path).filter(names::add).ifPresent(name -> extra.add(path));
            }
        }
        return new PackagedJars(List.copyOf(cliPath), List.copyOf(extra));
    }

    /** The descriptor of the module named so, read from its jar. */
    ModuleDescriptor descriptor(String name) {
        return finder().find(name).map(ModuleReference::descriptor)
                .orElseThrow(() -> new AssertionError("No module " + name + " in " + cliPath + " " + extra));
    }

    /** Every jar. */
    ModuleFinder finder() {
        return ModuleFinder.of(allJars().toArray(Path[]::new));
    }

    /** A module layer of its own (over the platform class loader) holding {@code roots} and what they require. */
    ModuleLayer layer(Set<String> roots) {
        Configuration configuration = Configuration.resolve(finder(), List.of(ModuleLayer.boot().configuration()),
                ModuleFinder.of(), roots);
        return ModuleLayer.defineModulesWithOneLoader(configuration, List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader()).layer();
    }

    /** Runs {@code java --module-path ... -m dev.sfntest.cli/dev.sfntest.cli.SfnTestCli args} in {@code dir}. */
    ForkedRun runCli(Path dir, String... args) throws IOException {
        return run(dir, cliPath, "dev.sfntest.cli/dev.sfntest.cli.SfnTestCli", args);
    }

    /**
     * Compiles the module whose sources are under {@code sources} into {@code classes}, against every jar.
     *
     * @return the compiler's messages (empty when it compiled cleanly)
     */
    String compileModule(Path sources, Path classes) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> arguments = new ArrayList<>(List.of("--module-path",
                allJars().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-d", classes.toString()));
        arguments.addAll(files);
        StringWriter messages = new StringWriter();
        int exit = ToolProvider.findFirst("javac").orElseThrow()
                .run(new PrintWriter(messages), new PrintWriter(messages), arguments.toArray(String[]::new));
        return exit == 0 ? messages.toString() : "exit " + exit + ": " + messages;
    }

    /** Every jar: the command's and the further explicit modules. */
    List<Path> allJars() {
        return Stream.concat(cliPath.stream(), extra.stream()).toList();
    }

    /** Runs {@code java --module-path modulePath -m main args} in {@code dir}. */
    static ForkedRun run(Path dir, List<Path> modulePath, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-m", main));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the forked JVM ended").isTrue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return new ForkedRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Set<String> names(List<Path> jars) {
        Set<String> names = new HashSet<>();
        for (ModuleReference reference : ModuleFinder.of(jars.toArray(Path[]::new)).findAll()) {
            names.add(reference.descriptor().name());
        }
        return names;
    }

    private static Optional<String> explicitModule(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                    .filter(descriptor -> !descriptor.isAutomatic()).map(ModuleDescriptor::name).findFirst();
        } catch (FindException e) {
            return Optional.empty();
        }
    }

    /** A forked JVM's exit code and what it printed. */
    record ForkedRun(int exit, String out, String err) {
    }
}
