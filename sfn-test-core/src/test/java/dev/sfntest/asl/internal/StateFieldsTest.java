package dev.sfntest.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.Validator;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of fields is the one source of the validator's field rules and of the builder's compiled values. */
class StateFieldsTest {

    /** Every state-level field the table allows in one language only, with its state type. */
    static Stream<Arguments> singleLanguageFields() {
        List<Arguments> fields = new ArrayList<>();
        for (String type : StateFields.STATE_TYPES) {
            for (StateFields.Field field : StateFields.of(type)) {
                if (field.languages() != StateFields.Languages.BOTH) {
                    fields.add(Arguments.of(type, field));
                }
            }
        }
        return fields.stream();
    }

    private static QueryLanguage only(StateFields.Field field) {
        return field.languages() == StateFields.Languages.JSONATA ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
    }

    private static QueryLanguage other(QueryLanguage language) {
        return language == QueryLanguage.JSONATA ? QueryLanguage.JSONPATH : QueryLanguage.JSONATA;
    }

    @Nested
    class ValidatorAndBuilderAgree {
        @ParameterizedTest(name = "{0}.{1}")
        @MethodSource("dev.sfntest.asl.internal.StateFieldsTest#singleLanguageFields")
        void a_field_of_one_language_is_a_mismatch_in_the_other(String type, StateFields.Field field) {
            // given
            QueryLanguage wrong = other(only(field));
            ObjectNode state = Json.emptyObject();
            state.put("Type", type);
            state.put("QueryLanguage", wrong.aslName());
            state.put(field.name(), "x");
            ObjectNode definition = Json.emptyObject();
            definition.put("StartAt", "A");
            definition.putObject("States").set("A", state);

            // when
            List<Diagnostic> diagnostics = Validator.validate(definition);

            // then
            assertThat(diagnostics).anySatisfy(diagnostic -> {
                assertThat(diagnostic.code()).isEqualTo("QUERY_LANGUAGE_MISMATCH");
                assertThat(diagnostic.location()).isEqualTo("/States/A/" + field.name());
                assertThat(diagnostic.message()).startsWith("'" + field.name() + "' is a " + only(field).aslName()
                        + " field, but this state uses " + wrong.aslName());
            });
        }

        @Test
        void a_jsonata_only_field_is_compiled_in_jsonata_and_left_out_in_jsonpath() {
            // given
            JsonNode task = Json.parse("{\"Arguments\": {\"id\": \"{% $states.input.id %}\"}}");

            // when / then
            assertThat(StateFields.field("Task", "Arguments").languages()).isEqualTo(StateFields.Languages.JSONATA);
            assertThat(ModelBuilder.fieldValue("Task", task, "Arguments", QueryLanguage.JSONATA))
                    .isInstanceOf(FieldValue.Jsonata.class);
            assertThat(ModelBuilder.fieldValue("Task", task, "Arguments", QueryLanguage.JSONPATH)).isNull();
            assertThat(StateFields.allowed("Task", QueryLanguage.JSONATA)).contains("Arguments");
            assertThat(StateFields.allowed("Task", QueryLanguage.JSONPATH)).doesNotContain("Arguments");
        }

        @Test
        void a_field_of_both_languages_is_a_template_in_jsonpath_and_jsonata_in_jsonata() {
            // given
            JsonNode pass = Json.parse("{\"Assign\": {\"x.$\": \"$.a\", \"y\": \"{% $states.input.a %}\"}}");

            // when / then
            assertThat(StateFields.field("Pass", "Assign").kind()).isEqualTo(StateFields.Kind.TEMPLATE);
            assertThat(ModelBuilder.fieldValue("Pass", pass, "Assign", QueryLanguage.JSONPATH))
                    .isInstanceOf(FieldValue.Payload.class);
            assertThat(ModelBuilder.fieldValue("Pass", pass, "Assign", QueryLanguage.JSONATA))
                    .isInstanceOf(FieldValue.Jsonata.class);
        }
    }

    @Nested
    class Table {
        @Test
        void every_state_type_has_its_fields_in_the_order_messages_list_them() {
            // when / then
            assertThat(StateFields.allowed("Wait", QueryLanguage.JSONPATH)).containsExactly("Type", "Comment",
                    "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "Assign", "Seconds", "Timestamp",
                    "SecondsPath", "TimestampPath");
            assertThat(StateFields.allowed("Fail", QueryLanguage.JSONATA)).containsExactly("Type", "Comment",
                    "QueryLanguage", "Error", "Cause");
            assertThat(StateFields.allowed(StateFields.CATCHER, QueryLanguage.JSONATA)).containsExactly(
                    "ErrorEquals", "Next", "Comment", "Assign", "Output");
        }

        @Test
        void a_wait_state_needs_exactly_one_of_its_time_fields_or_their_path_forms() {
            // when / then
            assertThat(StateFields.exactlyOne("Wait")).extracting(StateFields.Field::name)
                    .containsExactly("Seconds", "SecondsPath", "Timestamp", "TimestampPath");
            assertThat(StateFields.exactlyOne("Wait").get(1).languages()).isEqualTo(StateFields.Languages.JSONPATH);
            assertThat(StateFields.exactlyOne("Task")).isEmpty();
        }

        @Test
        void the_distributed_map_objects_list_their_data_fields_by_language() {
            // when / then
            assertThat(StateFields.MAP_OBJECTS.keySet()).containsExactly(StateFields.ITEM_READER,
                    StateFields.READER_CONFIG, StateFields.ITEM_BATCHER, StateFields.RESULT_WRITER);
            assertThat(StateFields.allowed(StateFields.ITEM_READER, QueryLanguage.JSONATA))
                    .containsExactly("Resource", "ReaderConfig", "Arguments");
            assertThat(StateFields.allowed(StateFields.RESULT_WRITER, QueryLanguage.JSONPATH))
                    .containsExactly("Resource", "WriterConfig", "Parameters");
            assertThat(StateFields.field(StateFields.READER_CONFIG, "MaxItemsPath").kind())
                    .isEqualTo(StateFields.Kind.PATH);
            assertThat(StateFields.field(StateFields.ITEM_BATCHER, "BatchInput").kind())
                    .isEqualTo(StateFields.Kind.TEMPLATE);
            assertThat(StateFields.field("Task", "Credentials").kind()).isEqualTo(StateFields.Kind.TEMPLATE);
        }

        @Test
        void a_field_outside_the_table_is_unknown() {
            // when / then
            assertThat(StateFields.field("Succeed", "Assign")).isNull();
            assertThat(StateFields.field("Pass", "Resource")).isNull();
        }
    }
}
