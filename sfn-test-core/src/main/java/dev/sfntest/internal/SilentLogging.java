package dev.sfntest.internal;

import org.slf4j.helpers.NOP_FallbackServiceProvider;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The logging provider of the SLF4J copy shipped relocated inside the core jar (json-path logs through
 * it): logs nothing. On the module path the relocated SLF4J finds it through {@code module-info}'s
 * {@code provides}; on the class path through {@code META-INF/services}.
 */
public final class SilentLogging {
    private SilentLogging() {
    }

    /** The provider, as {@link java.util.ServiceLoader} asks a module's provider class for it. */
    public static SLF4JServiceProvider provider() {
        return new NOP_FallbackServiceProvider();
    }
}
