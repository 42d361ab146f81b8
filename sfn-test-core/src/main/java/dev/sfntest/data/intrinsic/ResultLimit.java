package dev.sfntest.data.intrinsic;

import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;

/**
 * The bound on what one intrinsic call may build: AWS's payload limit of 256 KiB. A call that
 * would build more (a {@code States.Format} of a large value many times over, nested calls that
 * double a string) fails with {@code States.DataLimitExceeded} before it allocates more.
 */
final class ResultLimit {
    /** 256 KiB, in UTF-8 bytes of the JSON text (a string of more characters is over it too). */
    static final int MAX_BYTES = 256 * 1024;

    private ResultLimit() {
    }

    static void check(String function, boolean exceeded) {
        if (exceeded) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, "The result of " + function
                    + " exceeds the maximum size of " + MAX_BYTES + " bytes");
        }
    }
}
