package dev.sfntest.data;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * Text that is not exactly one JSON value, from {@link Json#parse} or {@link Json#parseData}: what
 * is wrong in plain words, where (1-based line and column), and a hint at the likely mistake.
 *
 * <pre>{@code
 * try {
 *     Json.parse("{\"status\": done}");
 * } catch (InvalidJsonException e) {
 *     e.problem();   // expected a value, found 'done'
 *     e.line();      // 1
 *     e.column();    // 12
 *     e.hint();      // did you mean to quote it: "done"?
 *     e.getMessage() // expected a value, found 'done' at 1:12; did you mean to quote it: "done"?
 * }
 * }</pre>
 */
@API(status = STABLE)
public class InvalidJsonException extends SfnTestException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;
    private final int line;
    private final int column;

    /**
     * @param problem what is wrong, in plain words, without the location
     * @param hint the likely mistake, or an empty string
     * @param line the 1-based line of the error
     * @param column the 1-based column of the error
     * @param cause the parser's exception, or {@code null}
     */
    public InvalidJsonException(String problem, String hint, int line, int column, Throwable cause) {
        super(problem + " at " + line + ":" + column + (hint.isEmpty() ? "" : "; " + hint), cause, false, true);
        this.problem = problem;
        this.hint = hint;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, in plain words, without the location: {@code expected a value, found 'done'}. */
    public String problem() {
        return problem;
    }

    /** A hint at the likely mistake ({@code did you mean to quote it: "done"?}), or an empty string. */
    public String hint() {
        return hint;
    }

    /** The {@link #problem()}, then {@code "; "} and the {@link #hint()} when there is one. */
    public String problemWithHint() {
        return hint.isEmpty() ? problem : problem + "; " + hint;
    }

    /** The 1-based line of the error. */
    public int line() {
        return line;
    }

    /** The 1-based column of the error. */
    public int column() {
        return column;
    }
}
