/**
 * sfn-test's core: the ASL model and validator, the interpreter on a virtual clock, mocks, histories,
 * reports and the AssertJ assertions. Exports its API packages only; {@code internal} packages stay
 * hidden.
 *
 * <p>AssertJ is optional: a module that uses {@code dev.sfntest.assertj} requires {@code org.assertj.core}
 * itself (as {@code dev.sfntest.junit5} does, transitively).
 *
 * <p>The published jar carries json-path and SLF4J's API relocated under
 * {@code dev.sfntest.internal.shaded}: they are {@code requires static} here (compile time only), and the
 * {@code uses} and {@code provides} of SLF4J's provider name the relocated types in the jar.
 */
@SuppressWarnings("requires-automatic") // json.smart, json.path: see docs/modules.md
module dev.sfntest.core {
    requires transitive com.fasterxml.jackson.databind;
    requires static org.assertj.core;
    requires static transitive org.apiguardian.api;
    requires com.dashjoin.jsonata;
    requires org.snakeyaml.engine.v2;
    requires java.net.http;
    // json-path's JSON library (an automatic module named after its file: json-smart 2.5 declares no name).
    // Resolving it also resolves every other automatic module on the path, sfn-test-aws-models
    // (dev.sfntest.awsmodels) with the AWS API models among them: no "requires" is needed for that
    // resource-only jar, which would not compile against its classes directory in a reactor build.
    requires json.smart;
    requires static json.path;
    requires static org.slf4j;

    exports dev.sfntest;
    exports dev.sfntest.asl;
    exports dev.sfntest.assertj;
    exports dev.sfntest.cases;
    exports dev.sfntest.data;
    exports dev.sfntest.data.intrinsic;
    exports dev.sfntest.data.jsonata;
    exports dev.sfntest.engine;
    exports dev.sfntest.history;
    exports dev.sfntest.mock;
    exports dev.sfntest.report;
    exports dev.sfntest.service;
    exports dev.sfntest.teststate;

    uses org.slf4j.spi.SLF4JServiceProvider;
    provides org.slf4j.spi.SLF4JServiceProvider with dev.sfntest.internal.SilentLogging;
}
