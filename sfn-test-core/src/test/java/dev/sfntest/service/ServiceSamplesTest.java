package dev.sfntest.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.mock.ServiceResponses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link ServiceResponses#sample}: the smallest results the models allow, and that they pass STRICT. */
class ServiceSamplesTest {

    @Nested
    class Samples {
        @Test
        void a_sample_holds_the_required_members_in_pascal_case() {
            // when
            JsonNode sample = ServiceResponses.sample("arn:aws:states:::states:startExecution");

            // then
            assertThat(Json.write(sample)).isEqualTo("{\"ExecutionArn\":\"x\",\"StartDate\":\"2025-01-01T00:00:00Z\"}");
        }

        @Test
        void lambda_invoke_gets_its_envelope_and_any_json_results_get_an_empty_object() {
            // when / then
            assertThat(ServiceResponses.sample("arn:aws:states:::lambda:invoke").path("StatusCode").asInt())
                    .isEqualTo(200);
            assertThat(ServiceResponses.sample("arn:aws:lambda:us-east-1:123456789012:function:f"))
                    .isEqualTo(Json.emptyObject());
            assertThat(ServiceResponses.sample("arn:aws:states:::aws-sdk:s3:getObject")).isEqualTo(Json.emptyObject());
        }

        @Test
        void a_sync_2_execution_sample_uses_epoch_dates() {
            // when
            JsonNode sample = ServiceResponses.sample("arn:aws:states:::states:startExecution.sync:2");

            // then
            assertThat(sample.path("StartDate").isNumber()).isTrue();
            assertThat(sample.path("Status").asText()).isEqualTo("RUNNING");
        }
    }

    @Nested
    class EverySampleFits {
        @Test
        void the_samples_of_every_operation_of_every_shipped_model_pass_strict() {
            // given
            ServiceModels models = ServiceModels.standard();
            List<String> misfits = new ArrayList<>();
            int checked = 0;

            // when
            for (String service : models.serviceNames()) {
                ServiceModel model = models.model(service).orElse(null);
                if (model == null) {
                    continue;
                }
                for (String operation : model.operationNames()) {
                    String resource = "arn:aws:states:::aws-sdk:" + service + ":"
                            + Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
                    JsonNode sample = ServiceResponses.sample(resource, models);
                    MockedResults.check(resource, sample, FieldValidationMode.STRICT, models)
                            .ifPresent(mismatch -> misfits.add(resource + ": " + mismatch.message()));
                    JsonNode full = ServiceResponses.sample(resource, ServiceResponses.optionalMembers(resource));
                    MockedResults.check(resource, full, FieldValidationMode.STRICT, models)
                            .ifPresent(mismatch -> misfits.add(resource + " (all members): " + mismatch.message()));
                    checked++;
                }
            }

            // then
            assertThat(checked).isGreaterThan(2000);
            assertThat(misfits).isEmpty();
        }
    }
}
