package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.StrictnessException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Strict mocks were not used up: a mock, or a {@code whenInput} block, was never called or was
 * called for fewer attempts than it scripts. Thrown by {@link TaskMocks#verifyAllUsed()}, and by
 * the JUnit extension after a test that otherwise passed; mark a mock {@code lenient()} when
 * that is expected.
 *
 * <pre>{@code
 * UnusedMockException e = catchThrowableOfType(mocks::verifyAllUsed, UnusedMockException.class);
 * assertThat(e.unused()).containsExactly("TaskMock for state 'Refund': never called");
 * }</pre>
 */
@API(status = STABLE)
public class UnusedMockException extends StrictnessException {
    private final List<String> unused;

    /**
     * @param message the whole report
     * @param unused one line per mock or block not used up
     */
    public UnusedMockException(String message, List<String> unused) {
        super(message);
        this.unused = List.copyOf(Objects.requireNonNull(unused, "unused"));
    }

    /** One line per mock or block not used up ({@code TaskMock for state 'Refund': never called}). */
    public List<String> unused() {
        return unused;
    }
}
