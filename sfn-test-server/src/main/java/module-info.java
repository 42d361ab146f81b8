/** The Step Functions API on localhost (AWS JSON 1.0 protocol), on sfn-test's engine and virtual clock. */
module dev.sfntest.server {
    requires transitive dev.sfntest.core;
    requires static transitive org.apiguardian.api;
    requires java.net.http;
    requires jdk.httpserver;

    exports dev.sfntest.server;
}
