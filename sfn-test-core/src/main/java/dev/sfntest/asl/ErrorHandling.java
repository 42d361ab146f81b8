package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.Template;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What Task, Parallel and Map states share: a result selector, a result path, retriers and
 * catchers.
 *
 * @param resultSelector {@code ResultSelector}, or {@code null}
 * @param resultPath {@code ResultPath}: {@code $} when absent, {@code null} when set to JSON null
 * @param retry {@code Retry}, in order
 * @param catchers {@code Catch}, in order
 */
@API(status = EXPERIMENTAL)
public record ErrorHandling(Template resultSelector, ReferencePath resultPath, List<Retrier> retry,
        List<Catcher> catchers) {

    /**
     * Whether an {@code ErrorEquals} list matches an error name, as Step Functions matches it:
     * the name itself, {@code States.ALL}, or {@code States.TaskFailed} for anything but
     * {@code States.Timeout}.
     */
    public static boolean matches(List<String> errorEquals, String error) {
        for (String candidate : errorEquals) {
            if (candidate.equals(ErrorNames.ALL) || candidate.equals(error)) {
                return true;
            }
            if (candidate.equals(ErrorNames.TASK_FAILED) && !ErrorNames.TIMEOUT.equals(error)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code ErrorEquals} list matches an error, as Step Functions matches it; a
     * {@code heartbeatTimeout} (reported as {@code States.Timeout}) is also matched by
     * {@code States.HeartbeatTimeout}, which a timeout of TimeoutSeconds is not.
     */
    public static boolean matches(List<String> errorEquals, String error, boolean heartbeatTimeout) {
        return matches(errorEquals, error) || heartbeatTimeout && errorEquals.contains(ErrorNames.HEARTBEAT_TIMEOUT);
    }

    /** Copies the lists. */
    public ErrorHandling {
        retry = List.copyOf(retry);
        catchers = List.copyOf(catchers);
    }
}
