/**
 * The {@code sfn-test} command: {@code java -m dev.sfntest.cli/dev.sfntest.cli.SfnTestCli}. Its picocli
 * commands are package-private classes, opened to picocli, which reads their options reflectively.
 */
module dev.sfntest.cli {
    requires dev.sfntest.core;
    requires dev.sfntest.diagram;
    requires dev.sfntest.server;
    requires transitive info.picocli;
    requires static transitive org.apiguardian.api;

    exports dev.sfntest.cli;
    opens dev.sfntest.cli to info.picocli;
}
