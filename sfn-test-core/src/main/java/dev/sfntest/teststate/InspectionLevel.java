package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How much a TestState call reports besides the state's output, as AWS's {@code inspectionLevel}.
 *
 * <pre>{@code
 * TestStateRequest.builder().definition(state).inspectionLevel(InspectionLevel.DEBUG).build();
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public enum InspectionLevel {
    /** The status, output, error and next state only (the default). */
    INFO,
    /** Also the data at each step of the state's input and output processing ({@link InspectionData}). */
    DEBUG,
    /** As DEBUG, plus the HTTP request and response of an HTTP Task (which sfn-test does not send). */
    TRACE
}
