package dev.sfntest.junit5.internal;

import dev.sfntest.junit5.ReportMode;
import java.time.Instant;

/**
 * What a programmatically registered extension sets; annotations on the class, method or
 * parameter win over it.
 *
 * @param definition the definition, or {@code null}
 * @param startInstant the start, or {@code null} for the default
 * @param seed the seed, or {@code null} for 0
 * @param mockConfig the MockConfigFile test case, or {@code null}
 * @param lenient whether unused mocks are allowed
 * @param report when to write reports, or {@code null} for the annotation's default
 * @param minimumCoverage 0 for none
 */
public record ExtensionDefaults(DefinitionRef definition, Instant startInstant, Long seed, MockConfigRef mockConfig,
        boolean lenient, ReportMode report, double minimumCoverage) {

    /** Nothing set. */
    public static final ExtensionDefaults NONE = new ExtensionDefaults(null, null, null, null, false, null, 0);
}
