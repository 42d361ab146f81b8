package dev.sfntest.cli;

import dev.sfntest.engine.StateMachineType;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start paths CI scripts hit most, run without building the command-line parser (picocli's
 * classes cannot be archived for class-data sharing, and building the parser costs more than the
 * rest of a short run): {@code cases PATH...} and {@code validate FILE...} with nothing but file
 * arguments, and {@code run DEFINITION} with well-formed {@code --input}, {@code --mock-config},
 * {@code --test-case}, {@code --state-machine}, {@code --type}, {@code --seed}, {@code --history}
 * and {@code --substitute} options. Anything else (another option, {@code --help}, a repeated or
 * malformed option, another command) goes to picocli, which prints the same results and words
 * every usage error.
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
        if (args.length < 2) {
            return null;
        }
        switch (args[0]) {
            case "cases":
            case "validate":
                return filesOnly(args, out, err);
            case "run":
                RunCommand run = runCommand(args);
                return run == null ? null : run.run(Output.of(out, err, "sfn-test run: "));
            default:
                return null;
        }
    }

    private static Integer filesOnly(String[] args, PrintWriter out, PrintWriter err) {
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

    /** The {@code run} command as picocli would fill it in, or {@code null} when picocli must read the line. */
    static RunCommand runCommand(String[] args) {
        RunCommand run = new RunCommand();
        run.input = "{}";
        List<String> seen = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                if (run.definition != null || arg.startsWith("-") || arg.startsWith("@") || arg.isEmpty()) {
                    return null;
                }
                run.definition = Path.of(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals("--history")) {
                if (equals >= 0 || seen.contains(name)) {
                    return null;
                }
                seen.add(name);
                run.history = true;
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return null;
            }
            if (!name.equals("--substitute")) {
                if (seen.contains(name)) {
                    return null;
                }
                seen.add(name);
            }
            if (!set(run, name, value)) {
                return null;
            }
        }
        return run.definition == null ? null : run;
    }

    /** {@code 0}, or an optional minus and 1 to 18 digits without a leading zero. */
    private static boolean isPlainDecimal(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 18 || (value.charAt(start) == '0' && (digits > 1 || start > 0))) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Sets one option; {@code false} for an unknown option or a value picocli would refuse. */
    private static boolean set(RunCommand run, String name, String value) {
        switch (name) {
            case "--input":
                run.input = value;
                return true;
            case "--mock-config":
                run.mockConfig = Path.of(value);
                return true;
            case "--test-case":
                run.testCase = value;
                return true;
            case "--state-machine":
                run.stateMachine = value;
                return true;
            case "--type":
                if (!value.equals("STANDARD") && !value.equals("EXPRESS")) {
                    return false;
                }
                run.type = StateMachineType.valueOf(value);
                return true;
            case "--seed":
                if (!isPlainDecimal(value)) {
                    return false; // hexadecimal, octal, a sign, too long: picocli reads or refuses it
                }
                run.seed = Long.parseLong(value);
                return true;
            case "--substitute":
                int equals = value.indexOf('=');
                if (equals <= 0) {
                    return false;
                }
                run.substitutions.put(value.substring(0, equals), value.substring(equals + 1));
                return true;
            default:
                return false;
        }
    }
}
