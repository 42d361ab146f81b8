package dev.sfntest.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.Template;

/**
 * A {@code Map} state.
 *
 * @param common shared fields
 * @param processor {@code ItemProcessor} (or the legacy {@code Iterator})
 * @param processorConfig {@code ItemProcessor.ProcessorConfig}
 * @param itemsPath {@code ItemsPath} ({@code $} when absent)
 * @param items {@code Items} (JSONata), or {@code null}
 * @param itemSelector {@code ItemSelector} (or the legacy {@code Parameters}), or {@code null}
 * @param maxConcurrency {@code MaxConcurrency} (a number or a JSONata expression), or {@code null}
 * @param maxConcurrencyPath {@code MaxConcurrencyPath}, or {@code null}
 * @param toleratedFailureCount {@code ToleratedFailureCount}, or {@code null}
 * @param toleratedFailureCountPath {@code ToleratedFailureCountPath}, or {@code null}
 * @param toleratedFailurePercentage {@code ToleratedFailurePercentage}, or {@code null}
 * @param toleratedFailurePercentagePath {@code ToleratedFailurePercentagePath}, or {@code null}
 * @param itemReader {@code ItemReader}, or {@code null}
 * @param itemBatcher {@code ItemBatcher}, or {@code null}
 * @param resultWriter {@code ResultWriter}, or {@code null}
 * @param label {@code Label}, or {@code null}
 * @param handling result selector, result path, retriers and catchers
 */
public record MapState(StateCommon common, StateGraph processor, ProcessorConfig processorConfig, CompiledPath itemsPath,
        JsonNode items, Template itemSelector, JsonNode maxConcurrency, CompiledPath maxConcurrencyPath,
        JsonNode toleratedFailureCount, CompiledPath toleratedFailureCountPath, JsonNode toleratedFailurePercentage,
        CompiledPath toleratedFailurePercentagePath, JsonNode itemReader, JsonNode itemBatcher, JsonNode resultWriter,
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
}
