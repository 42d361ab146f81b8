package dev.sfntest.asl.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.constructor.core.ConstructYamlCoreFloat;
import org.snakeyaml.engine.v2.exceptions.ConstructorException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2's core schema with floats as JSON holds them: {@code .inf} and {@code .nan} are refused
 * at their line and column (JSON, and so Step Functions, has no infinity or NaN), and a number
 * beyond a {@code double} ({@code 1e400}) or too small for one ({@code 1e-400}) stays the exact
 * decimal instead of turning into {@code Infinity} or {@code 0}.
 */
final class YamlNumbers extends CoreSchema {
    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        Map<Tag, ConstructNode> constructors = new HashMap<>(super.getSchemaTagConstructors());
        ConstructNode floats = new ConstructYamlCoreFloat();
        constructors.put(Tag.FLOAT, node -> exact(node, floats.construct(node)));
        return constructors;
    }

    private static Object exact(Node node, Object value) {
        if (!(value instanceof Double number) || !(node instanceof ScalarNode scalar)) {
            return value;
        }
        String text = scalar.getValue().replace("_", "");
        boolean literal = text.startsWith(".") || text.startsWith("-.") || text.startsWith("+.");
        if (Double.isNaN(number) || (Double.isInfinite(number) && literal)) {
            throw new ConstructorException(null, java.util.Optional.empty(), "the number " + scalar.getValue()
                    + " cannot be held in JSON (it has no infinity or NaN); write a finite number",
                    node.getStartMark());
        }
        if (Double.isInfinite(number) || number == 0) {
            try {
                BigDecimal exact = new BigDecimal(text);
                return exact.signum() == 0 ? value : exact;
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
