package dev.sfntest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS's API models found on the classpath, loaded once per service, and every way that can fail. */
class ServiceModelsTest {

    @Nested
    class ShippedModels {
        @Test
        void a_shipped_model_loads_with_its_operations_shapes_and_errors() {
            // when
            ServiceModel lambda = ServiceModels.standard().model("lambda").orElseThrow();

            // then
            Operation invoke = lambda.operation("Invoke").orElseThrow();
            assertThat(invoke.inputShape()).isEqualTo("InvocationRequest");
            assertThat(invoke.outputShape()).isEqualTo("InvocationResponse");
            assertThat(invoke.errors()).contains("ServiceException", "TooManyRequestsException");
            assertThat(lambda.shape("InvocationResponse").path("members").has("StatusCode")).isTrue();
            assertThat(lambda.errorPrefix()).isEqualTo("Lambda");
        }

        @Test
        void a_model_is_loaded_once_and_shared() {
            // when
            ServiceModels models = ServiceModels.using(ServiceModelsTest.class.getClassLoader());

            // then
            assertThat(models.model("sqs").orElseThrow()).isSameAs(models.model("sqs").orElseThrow());
        }

        @Test
        void documentation_is_dropped_on_load() {
            // when
            ServiceModel sfn = ServiceModels.standard().model("sfn").orElseThrow();

            // then
            assertThat(sfn.shape("StartExecutionOutput").has("documentation")).isFalse();
            assertThat(sfn.shape("StartExecutionOutput").path("required").toString())
                    .isEqualTo("[\"executionArn\",\"startDate\"]");
        }

        @Test
        void the_index_knows_every_service_including_those_not_shipped() {
            // when
            ServiceModels models = ServiceModels.standard();

            // then
            assertThat(models.isService("ec2")).isTrue();
            assertThat(models.operations("ec2").orElseThrow()).contains("DescribeInstances");
            assertThat(models.serviceNames()).hasSizeGreaterThan(380);
        }
    }

    @Nested
    class MissingModels {
        @Test
        void a_service_not_shipped_says_how_to_add_its_model() {
            // when
            String why = ServiceModels.standard().unavailable("ec2");

            // then
            assertThat(ServiceModels.standard().model("ec2")).isEmpty();
            assertThat(why).isEqualTo("no API model of 'ec2' on the classpath (models/ec2-2016-11-15-model.json); "
                    + "add com.amazonaws:aws-java-sdk-models:1.12.797, or a jar holding that file, to the test "
                    + "classpath to check its requests and results");
        }

        @Test
        void s3_has_the_model_that_the_npm_aws_sdk_publishes() {
            // when / then
            assertThat(ServiceModels.standard().unavailable("s3")).isNull();
            assertThat(ServiceModels.standard().model("s3").flatMap(model -> model.operation("GetObject")))
                    .isPresent();
            assertThat(ServiceModels.standard().operations("s3").orElseThrow()).contains("ListObjectsV2", "PutObject");
        }

        @Test
        void an_unknown_service_is_named() {
            // when / then
            assertThat(ServiceModels.standard().unavailable("nosuch"))
                    .isEqualTo("'nosuch' is not an AWS service that sfn-test's index knows");
        }

        @Test
        void without_the_models_artifact_the_index_problem_says_which_artifact_to_add(@TempDir Path empty)
                throws IOException {
            // given
            ServiceModels models = ServiceModels.using(loader(empty));

            // when / then
            assertThat(models.isService("lambda")).isFalse();
            assertThat(models.indexProblem()).isEqualTo("the service index models/sfn-test-index.tsv is not on the "
                    + "classpath (add the dev.sfntest:sfn-test-aws-models artifact)");
            assertThat(models.unavailable("lambda")).isEqualTo(models.indexProblem());
        }
    }

    @Nested
    class BrokenModels {
        @Test
        void a_model_that_is_not_json_is_reported_not_thrown(@TempDir Path dir) throws IOException {
            // given
            ServiceModels models = ServiceModels.using(withModel(dir, "{\"operations\": "));

            // when
            String why = models.unavailable("broken");

            // then
            assertThat(models.model("broken")).isEmpty();
            assertThat(why).startsWith("the API model models/broken-2020-01-01-model.json could not be read: ");
        }

        @Test
        void a_model_without_operations_is_reported(@TempDir Path dir) throws IOException {
            // given
            ServiceModels models = ServiceModels.using(withModel(dir, "{\"shapes\": {}}"));

            // when / then
            assertThat(models.unavailable("broken")).isEqualTo(
                    "the API model models/broken-2020-01-01-model.json has no 'operations' and 'shapes' objects");
        }

        @Test
        void a_malformed_index_is_reported(@TempDir Path dir) throws IOException {
            // given
            Files.createDirectories(dir.resolve("models"));
            Files.writeString(dir.resolve("models/sfn-test-index.tsv"), "only\ttwo\n");

            // when
            ServiceModels models = ServiceModels.using(loader(dir));

            // then
            assertThat(models.indexProblem()).isEqualTo("the service index models/sfn-test-index.tsv could not be "
                    + "read: line 'only\ttwo' does not have 4 columns");
        }

        private ClassLoader withModel(Path dir, String model) throws IOException {
            Files.createDirectories(dir.resolve("models"));
            Files.writeString(dir.resolve("models/sfn-test-index.tsv"), "broken\tBroken\tbroken-2020-01-01\tFoo\n");
            Files.writeString(dir.resolve("models/broken-2020-01-01-model.json"), model);
            return loader(dir);
        }
    }

    static ClassLoader loader(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }
}
