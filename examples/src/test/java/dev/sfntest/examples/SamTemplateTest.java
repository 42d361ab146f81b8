package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;

import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/**
 * A state machine kept in a SAM template (aws-samples' batch-lambda-sam): {@code DefinitionUri}
 * is read beside the template, {@code DefinitionSubstitutions} that resolve offline
 * ({@code !Ref AWS::Partition}) are applied, and the ones only a deployment knows
 * ({@code !GetAtt GenerateBatchJobMap.Arn}, {@code !Ref BatchJobQueue}) are supplied by the test.
 */
// snippet:template-junit
@StepFunctionTest(template = "templates/batch-lambda-sam/template.yaml",
        stateMachine = "BatchJobWithLambdaStateMachine",
        substitutions = {
                "GenerateBatchJobArn=arn:aws:lambda:us-east-1:123456789012:function:generate-batch-job",
                "jobQueueArn=arn:aws:batch:us-east-1:123456789012:job-queue/sample",
                "jobDefinitionArn=arn:aws:batch:us-east-1:123456789012:job-definition/sample:1"})
class SamTemplateTest {
    @Test
    void theGeneratedInputIsSubmittedAsABatchJob(StepFunctionRunner runner) {
        runner.mock(
                TaskMocks.forState("Generate batch job input").returns("{\"input\": \"hello\"}"),
                TaskMocks.forState("Submit Batch Job").returns("{\"JobId\": \"job-1\", \"Status\": \"SUCCEEDED\"}"));

        assertThatExecution(runner.run("{}")).succeeded()
                .hasEnteredInOrder("Generate batch job input", "Submit Batch Job")
                .hasOutput("{\"JobId\": \"job-1\", \"Status\": \"SUCCEEDED\"}");
    }
}
// end-snippet
