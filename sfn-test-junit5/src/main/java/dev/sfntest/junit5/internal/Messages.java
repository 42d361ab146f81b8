package dev.sfntest.junit5.internal;

/** Misconfiguration messages shared by several classes. */
final class Messages {
    private Messages() {
    }

    static String noDefinition(String test) {
        return "The test " + test + " has no state machine definition: annotate the class with "
                + "@StepFunctionTest(\"path/to/machine.asl.json\"), or the method or a parameter with "
                + "@Definition(\"path/to/machine.asl.json\")";
    }
}
