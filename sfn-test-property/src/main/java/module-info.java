/** sfn-test's property-based checks on JUnit Jupiter: generators, fault schedules, invariants, shrinking. */
module dev.sfntest.property {
    requires transitive dev.sfntest.core;
    requires transitive org.junit.jupiter.api;
    requires static transitive org.apiguardian.api;

    exports dev.sfntest.property;
}
