package dev.sfntest.asl;

import dev.sfntest.data.CompiledPath;

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
 * @param itemReader {@code ItemReader} (as written, or a JSONata value), or {@code null}
 * @param itemBatcher {@code ItemBatcher} (as written, or a JSONata value), or {@code null}
 * @param resultWriter {@code ResultWriter} (as written, or a JSONata value), or {@code null}
 * @param label {@code Label}, or {@code null}
 * @param handling result selector, result path, retriers and catchers
 */
public record MapState(StateCommon common, StateGraph processor, ProcessorConfig processorConfig, CompiledPath itemsPath,
        FieldValue items, FieldValue itemSelector, FieldValue maxConcurrency, CompiledPath maxConcurrencyPath,
        FieldValue toleratedFailureCount, CompiledPath toleratedFailureCountPath, FieldValue toleratedFailurePercentage,
        CompiledPath toleratedFailurePercentagePath, FieldValue itemReader, FieldValue itemBatcher,
        FieldValue resultWriter,
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
