package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.Template;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@code Map} state.
 *
 * @param common shared fields
 * @param processor {@code ItemProcessor} (or the legacy {@code Iterator})
 * @param processorConfig {@code ItemProcessor.ProcessorConfig}
 * @param itemsPath {@code ItemsPath} ({@code $} when absent)
 * @param items {@code Items} (JSONata), or {@code null}
 * @param itemSelector {@code ItemSelector} (or the legacy {@code Parameters}): a JSONPath payload template
 *     or a JSONata value; {@code null} when absent
 * @param maxConcurrency {@code MaxConcurrency} (a number or a JSONata expression), or {@code null}
 * @param maxConcurrencyPath {@code MaxConcurrencyPath}, or {@code null}
 * @param toleratedFailureCount {@code ToleratedFailureCount} (a number or a JSONata expression), or {@code null}
 * @param toleratedFailureCountPath {@code ToleratedFailureCountPath}, or {@code null}
 * @param toleratedFailurePercentage {@code ToleratedFailurePercentage} (a number or a JSONata expression), or
 *     {@code null}
 * @param toleratedFailurePercentagePath {@code ToleratedFailurePercentagePath}, or {@code null}
 * @param itemReader {@code ItemReader}, or {@code null}
 * @param itemBatcher {@code ItemBatcher}, or {@code null}
 * @param resultWriter {@code ResultWriter}, or {@code null}
 * @param label {@code Label}, or {@code null}
 * @param handling result selector, result path, retriers and catchers
 */
@API(status = EXPERIMENTAL)
public record MapState(StateCommon common, StateGraph processor, ProcessorConfig processorConfig, CompiledPath itemsPath,
        FieldValue items, FieldValue itemSelector, FieldValue maxConcurrency, CompiledPath maxConcurrencyPath,
        FieldValue toleratedFailureCount, CompiledPath toleratedFailureCountPath, FieldValue toleratedFailurePercentage,
        CompiledPath toleratedFailurePercentagePath, ItemReader itemReader, ItemBatcher itemBatcher,
        ResultWriter resultWriter,
        String label, ErrorHandling handling) implements State {
    @Override
    public String type() {
        return "Map";
    }

    /**
     * {@code ProcessorConfig}.
     *
     * @param mode {@code Mode}: {@code INLINE} (default) or {@code DISTRIBUTED}
     * @param executionType {@code ExecutionType} for distributed mode ({@code STANDARD} or
     *     {@code EXPRESS}), or {@code null}
     */
    public record ProcessorConfig(String mode, String executionType) {
        /** Whether iterations run as child executions of a Map Run. */
        public boolean isDistributed() {
            return "DISTRIBUTED".equals(mode);
        }
    }

    /**
     * A distributed Map's {@code ItemReader}. With JSONPath its {@code Parameters} and
     * {@code ReaderConfig.MaxItemsPath} are compiled here; with JSONata the whole object is one
     * value whose {@code {% ... %}} expressions are evaluated at each visit.
     *
     * <pre>{@code
     * MapState.ItemReader reader = map.itemReader();
     * String resource = reader.resource();                 // "arn:aws:states:::s3:getObject"
     * JsonNode config = reader.value().source().path("ReaderConfig");
     * }</pre>
     *
     * @param value the whole object: as written (a {@link FieldValue.Literal}), or a JSONata value
     * @param resource {@code Resource}
     * @param parameters {@code Parameters} (JSONPath), or {@code null}
     * @param maxItemsPath {@code ReaderConfig.MaxItemsPath} (JSONPath), or {@code null}
     */
    public record ItemReader(FieldValue value, String resource, Template parameters, CompiledPath maxItemsPath) {
        /** Checks the value is present. */
        public ItemReader {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A distributed Map's {@code ItemBatcher}. With JSONPath its {@code BatchInput} and
     * {@code ...Path} fields are compiled here; with JSONata the whole object is one value.
     *
     * @param value the whole object: as written (a {@link FieldValue.Literal}), or a JSONata value
     * @param batchInput {@code BatchInput} (JSONPath), or {@code null}
     * @param maxItemsPerBatchPath {@code MaxItemsPerBatchPath} (JSONPath), or {@code null}
     * @param maxInputBytesPerBatchPath {@code MaxInputBytesPerBatchPath} (JSONPath), or {@code null}
     */
    public record ItemBatcher(FieldValue value, Template batchInput, CompiledPath maxItemsPerBatchPath,
            CompiledPath maxInputBytesPerBatchPath) {
        /** Checks the value is present. */
        public ItemBatcher {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A distributed Map's {@code ResultWriter}. With JSONPath its {@code Parameters} are compiled
     * here; with JSONata the whole object is one value.
     *
     * @param value the whole object: as written (a {@link FieldValue.Literal}), or a JSONata value
     * @param resource {@code Resource}
     * @param parameters {@code Parameters} (JSONPath), or {@code null}
     */
    public record ResultWriter(FieldValue value, String resource, Template parameters) {
        /** Checks the value is present. */
        public ResultWriter {
            Objects.requireNonNull(value, "value");
        }
    }
}
