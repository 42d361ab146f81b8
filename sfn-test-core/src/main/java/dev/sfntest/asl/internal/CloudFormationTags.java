package dev.sfntest.asl.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads CloudFormation's YAML short tags as their long forms: {@code !Ref X} as
 * {@code {"Ref": "X"}}, {@code !Condition X} as {@code {"Condition": "X"}}, {@code !GetAtt A.B}
 * as {@code {"Fn::GetAtt": ["A", "B"]}}, and every other {@code !Name value} as
 * {@code {"Fn::Name": value}}.
 */
final class CloudFormationTags extends StandardConstructor {
    CloudFormationTags(LoadSettings settings) {
        super(settings);
    }

    @Override
    protected Optional<ConstructNode> findConstructorFor(Node node) {
        String tag = node.getTag().getValue();
        if (tag.length() > 1 && tag.charAt(0) == '!' && tag.charAt(1) != '!') {
            return Optional.of(this::longForm);
        }
        return super.findConstructorFor(node);
    }

    private Object longForm(Node node) {
        String name = node.getTag().getValue().substring(1);
        Object value;
        if (node instanceof ScalarNode scalar) {
            value = constructScalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
            value = constructSequence(sequence);
        } else {
            value = constructMapping((MappingNode) node);
        }
        if (name.equals("Ref") || name.equals("Condition")) {
            return Map.of(name, value);
        }
        if (name.equals("GetAtt") && value instanceof String dotted && dotted.indexOf('.') > 0) {
            int dot = dotted.indexOf('.');
            return Map.of("Fn::GetAtt", List.of(dotted.substring(0, dot), dotted.substring(dot + 1)));
        }
        return Map.of("Fn::" + name, value);
    }
}
