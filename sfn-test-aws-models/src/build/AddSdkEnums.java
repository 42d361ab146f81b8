import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Build step of sfn-test-aws-models (run by exec-maven-plugin with Java's source launcher, never
 * shipped): puts back the enum values a minified model lost, read from the model classes AWS generates
 * for the same service in the Java SDK v2 (its enums' {@code knownValues()}).
 *
 * <p>Each operation's input and output shape is walked beside the SDK's {@code <Operation>Request}
 * and {@code <Operation>Response} class: a member (one of the class's {@code sdkFields()}) whose getter
 * returns a generated enum (one with {@code knownValues()}), or a list of them, gives its target shape
 * (or the list's member shape) the enum's wire values; a member whose getter returns a structure, or a
 * list or map of them, is walked in turn. A shape reached from two members must get the same values, else the build fails.
 *
 * <p>Arguments: the service-2 model to rewrite in place, the SDK's model package.
 */
public final class AddSdkEnums {
    private final ObjectNode shapes;
    private final String sdkPackage;
    private final Map<String, List<String>> enums = new TreeMap<>();
    private final Set<String> walked = new HashSet<>();
    private int unmatched;

    private AddSdkEnums(ObjectNode shapes, String sdkPackage) {
        this.shapes = shapes;
        this.sdkPackage = sdkPackage;
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Path path = Path.of(args[0]);
        ObjectNode model = (ObjectNode) mapper.readTree(path.toFile());
        AddSdkEnums step = new AddSdkEnums((ObjectNode) model.get("shapes"), args[1]);
        int operations = 0;
        for (Map.Entry<String, JsonNode> operation : model.path("operations").properties()) {
            operations += step.walkOperation(operation.getKey(), operation.getValue(), "input", "Request");
            operations += step.walkOperation(operation.getKey(), operation.getValue(), "output", "Response");
        }
        for (Map.Entry<String, List<String>> shapeEnum : step.enums.entrySet()) {
            ObjectNode shape = (ObjectNode) step.shapes.get(shapeEnum.getKey());
            if (!"string".equals(shape.path("type").asText())) {
                throw new IllegalStateException(shapeEnum.getKey() + " is not a string shape");
            }
            ArrayNode values = shape.putArray("enum");
            shapeEnum.getValue().forEach(values::add);
        }
        Files.write(path, mapper.writeValueAsBytes(model));
        System.out.println("[sfn-test-aws-models] " + path.getFileName() + ": enum values on " + step.enums.size()
                + " string shapes, from " + operations + " SDK request and response classes ("
                + step.unmatched + " inputs or outputs without one)");
    }

    private int walkOperation(String name, JsonNode operation, String direction, String suffix)
            throws ReflectiveOperationException {
        String shape = operation.path(direction).path("shape").asText(null);
        if (shape == null) {
            return 0;
        }
        Class<?> type;
        try {
            type = Class.forName(sdkPackage + "." + name + suffix);
        } catch (ClassNotFoundException absent) {
            unmatched++;
            return 0;
        }
        walk(shape, type);
        return 1;
    }

    /** Walks a structure shape beside the SDK class generated for it. */
    private void walk(String shapeName, Class<?> type) throws ReflectiveOperationException {
        if (!walked.add(shapeName + " " + type.getName()) || !SdkPojo.class.isAssignableFrom(type)) {
            return;
        }
        JsonNode members = shapes.path(shapeName).path("members");
        SdkPojo pojo = (SdkPojo) type.getMethod("builder").invoke(null);
        for (SdkField<?> field : pojo.sdkFields()) {
            String target = members.path(field.memberName()).path("shape").asText(null);
            Method getter = getter(type, field.memberName());
            if (target == null || getter == null) {
                continue;
            }
            visit(target, getter.getGenericReturnType());
        }
    }

    /** Gives a member's target shape what its getter's type says: enum values, or a walk inside. */
    private void visit(String target, Type type) throws ReflectiveOperationException {
        if (type instanceof Class<?> plain && plain.isEnum() && hasKnownValues(plain)) {
            setEnum(target, plain);
        } else if (type instanceof Class<?> plain) {
            walk(target, plain);
        } else if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            JsonNode shape = shapes.path(target);
            if (List.class.equals(generic.getRawType())) {
                visitPart(shape, "member", arguments[0]);
            } else if (Map.class.equals(generic.getRawType())) {
                visitPart(shape, "key", arguments[0]);
                visitPart(shape, "value", arguments[1]);
            }
        }
    }

    private void visitPart(JsonNode shape, String part, Type type) throws ReflectiveOperationException {
        String target = shape.path(part).path("shape").asText(null);
        if (target != null) {
            visit(target, type);
        }
    }

    private void setEnum(String target, Class<?> enumType) throws ReflectiveOperationException {
        List<String> values = new ArrayList<>();
        for (Object known : (Set<?>) enumType.getMethod("knownValues").invoke(null)) {
            values.add(known.toString());
        }
        List<String> before = enums.putIfAbsent(target, values);
        if (before != null && !before.equals(values)) {
            throw new IllegalStateException("shape " + target + " is shared by members of different enums: "
                    + before + " and " + values + " (" + enumType.getName() + ")");
        }
    }

    /** Whether an enum is one the SDK generated from the model: it lists its {@code knownValues()}. */
    private static boolean hasKnownValues(Class<?> enumType) {
        try {
            return Modifier.isStatic(enumType.getMethod("knownValues").getModifiers());
        } catch (NoSuchMethodException absent) {
            return false;
        }
    }

    /** The getter of a member: the public no-argument method named as the member, case aside. */
    private static Method getter(Class<?> type, String memberName) {
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getName().equalsIgnoreCase(memberName)) {
                return method;
            }
        }
        return null;
    }
}
