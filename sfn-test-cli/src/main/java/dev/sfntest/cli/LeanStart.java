package dev.sfntest.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start path CI scripts hit most: {@code cases PATH...} and {@code validate FILE...} with
 * nothing but file arguments run without building the command-line parser, which is a third of
 * the start-up time. Anything else (an option, {@code --help}, another command) goes to picocli,
 * which prints the same results.
 */
final class LeanStart {
    private LeanStart() {
    }

    /** The exit code, or {@code null} when the arguments need the full parser. */
    static Integer run(String[] args) {
        return run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, false, StandardCharsets.UTF_8));
    }

    /** {@link #run(String[])} writing to the given streams. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !(args[0].equals("cases") || args[0].equals("validate"))) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-") || args[i].startsWith("@")) {
                return null;
            }
            paths.add(Path.of(args[i]));
        }
        Output output = Output.of(out, err, "sfn-test " + args[0] + ": ");
        if (args[0].equals("cases")) {
            CasesCommand cases = new CasesCommand();
            cases.paths = paths;
            return cases.run(output);
        }
        ValidateCommand validate = new ValidateCommand();
        validate.definitions = paths;
        return validate.run(output);
    }
}
