package dev.sfntest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs the command in-process with captured streams. */
final class Cli {
    private Cli() {
    }

    /** What one command line produced. */
    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int exit = new CommandLine(new SfnTestCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(strings);
        return new Result(exit, out.toString(), err.toString());
    }

    /** A command line whose standard input holds {@code stdin}. */
    static Result runWithStdin(String stdin, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof Subcommand subcommand) {
                    subcommand.stdin = new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
                }
                return made;
            }
        };
        int exit = new CommandLine(new SfnTestCli(), factory).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(strings(args));
        return new Result(exit, out.toString(), err.toString());
    }

    /** A command line whose standard output fails on the first write. */
    static Result runWithBrokenOutput(Object... args) {
        StringWriter err = new StringWriter();
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        int exit = new CommandLine(new SfnTestCli()).setOut(new PrintWriter(broken)).setErr(new PrintWriter(err))
                .execute(strings(args));
        return new Result(exit, "", err.toString());
    }

    private static String[] strings(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return strings;
    }

    /** The same command line through the lean start path; {@code null} when it declines. */
    static Result runLean(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        Integer exit = LeanStart.run(strings, new PrintWriter(out), new PrintWriter(err));
        return exit == null ? null : new Result(exit, out.toString(), err.toString());
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
