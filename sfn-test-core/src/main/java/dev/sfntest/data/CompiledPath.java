package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A compiled JSONPath as Step Functions reads it: {@code $...} over the state input,
 * {@code $$...} over the Context object, {@code $name...} over a workflow variable.
 *
 * <pre>{@code
 * CompiledPath path = CompiledPath.compile("$.orders[0].id");
 * JsonNode id = path.read(DataContext.ofInput(input));   // throws PathException when absent
 * }</pre>
 *
 * <p>Compile once, read many times; a {@code CompiledPath} is immutable and thread-safe. Simple paths
 * (fields and indexes only) are read directly; anything else, and every miss, goes through Jayway
 * JsonPath, whose messages AWS quotes in its causes.
 */
@API(status = INTERNAL)
public final class CompiledPath {
    /** The root of the kind of data a path reads. */
    public enum Root {
        /** {@code $}: the state input. */
        INPUT,
        /** {@code $$}: the Context object. */
        CONTEXT,
        /** {@code $name}: a workflow variable. */
        VARIABLE
    }

    private final String text;
    private final Root root;
    private final String variable;
    private final String jaywayText;
    /** Jayway's compiled path: at once for other paths, on first need for simple ones (always valid). */
    private volatile com.jayway.jsonpath.JsonPath compiled;
    private final List<Object> simpleSteps;
    private final Object[] simpleArray;
    /** The path's {@code =~} filters, bounded before the library runs them; {@code null} when it has none. */
    private final RegexFilters regexFilters;

    private CompiledPath(String text, Root root, String variable, String jaywayText, com.jayway.jsonpath.JsonPath compiled,
            List<Object> simpleSteps) {
        this.text = text;
        this.jaywayText = jaywayText;
        this.root = root;
        this.variable = variable;
        this.compiled = compiled;
        this.simpleSteps = simpleSteps;
        this.simpleArray = simpleSteps == null ? null : simpleSteps.toArray();
        this.regexFilters = simpleSteps == null ? RegexFilters.of(jaywayText) : null;
    }

    /**
     * Compiles a path.
     *
     * @throws PathException when the text is not a valid path
     */
    public static CompiledPath compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new PathException(text, "a path must start with '$'");
        }
        Root root;
        String variable = null;
        String jaywayText;
        if (text.startsWith("$$")) {
            root = Root.CONTEXT;
            jaywayText = text.substring(1);
        } else if (text.length() > 1 && isVariableStart(text.charAt(1))) {
            root = Root.VARIABLE;
            int end = 1;
            while (end < text.length() && isVariablePart(text.charAt(end))) {
                end++;
            }
            variable = text.substring(1, end);
            jaywayText = "$" + text.substring(end);
        } else {
            root = Root.INPUT;
            jaywayText = text;
        }
        List<Object> simpleSteps = SimplePathParser.steps(jaywayText);
        if (simpleSteps != null) {
            return new CompiledPath(text, root, variable, jaywayText, null, simpleSteps);
        }
        if (jaywayText.indexOf('\\') >= 0) {
            List<Object> escaped = escapedSteps(jaywayText);
            if (escaped != null) {
                return new CompiledPath(text, root, variable, bracketed(escaped), null, escaped);
            }
        }
        try {
            return new CompiledPath(text, root, variable, jaywayText, compileJayway(jaywayText), null);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new PathException(text, "Invalid path '" + text + "': " + e.getMessage());
        }
    }

    /**
     * The steps of a Reference Path written with the specification's backslash escapes
     * ({@code $.store\\.book} names the field {@code store.book}), which Jayway does not read;
     * {@code null} when the text is not such a path.
     */
    private static List<Object> escapedSteps(String text) {
        try {
            return ReferencePathSyntax.steps(text, 1);
        } catch (PathException notAReferencePath) {
            return null;
        }
    }

    /** The steps in Jayway's bracket notation: {@code $['store.book'][0]}. */
    private static String bracketed(List<Object> steps) {
        StringBuilder out = new StringBuilder("$");
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append("['").append(((String) step).replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
        }
        return out.toString();
    }

    /** Jayway's form of the path, compiled on first use for a simple path. */
    private com.jayway.jsonpath.JsonPath jayway() {
        com.jayway.jsonpath.JsonPath path = compiled;
        if (path == null) {
            path = compileJayway(jaywayText);
            compiled = path;
        }
        return path;
    }

    /**
     * Compiles with Jayway; a filter comparing with a bare word ({@code [?(@.lang==es)]}), which
     * AWS accepts and real definitions use, is read as comparing with the string {@code 'es'}.
     */
    private static com.jayway.jsonpath.JsonPath compileJayway(String text) {
        try {
            return com.jayway.jsonpath.JsonPath.compile(text);
        } catch (InvalidPathException | IllegalArgumentException e) {
            String quoted = quoteBareWords(text);
            if (quoted.equals(text)) {
                throw e;
            }
            try {
                return com.jayway.jsonpath.JsonPath.compile(quoted);
            } catch (InvalidPathException | IllegalArgumentException ignored) {
                throw e;
            }
        }
    }

    private static String quoteBareWords(String text) {
        Matcher matcher = Jayway.BARE_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group(2);
            String replacement = word.equals("true") || word.equals("false") || word.equals("null")
                    ? matcher.group() : matcher.group(1) + "'" + word + "'";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isVariableStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isVariablePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    /** Which data the path reads. */
    public Root root() {
        return root;
    }

    /** The variable name for a {@link Root#VARIABLE} path, otherwise {@code null}. */
    public String variable() {
        return variable;
    }

    /** Whether the path always selects at most one value (no wildcards, filters, slices or scans). */
    public boolean isDefinite() {
        return simpleSteps != null || jayway().isDefinite();
    }

    /** Whether the path is exactly the root: {@code $}, {@code $$} or {@code $name}. */
    public boolean isRoot() {
        return simpleSteps != null && simpleSteps.isEmpty();
    }

    /**
     * Reads the value the path selects; an indefinite path yields an array of the matches.
     *
     * @throws PathException when the path does not resolve, with Jayway's message
     */
    public JsonNode read(DataContext data) {
        JsonNode document = switch (root) {
            case INPUT -> data.input();
            case CONTEXT -> data.context();
            case VARIABLE -> {
                JsonNode value = data.variables().get(variable);
                if (value == null) {
                    throw new PathException(text, "The variable '" + variable + "' is not defined");
                }
                yield value;
            }
        };
        return read(document);
    }

    /**
     * Reads the value the path selects from one document, whatever the path's root.
     *
     * @throws PathException when the path does not resolve
     * @throws StatesException ({@code States.Runtime}) when a {@code =~} filter passes its bound on work
     */
    public JsonNode read(JsonNode document) {
        if (simpleArray != null) {
            JsonNode found = SimplePathParser.walk(document, simpleArray);
            if (found != null) {
                return found;
            }
        }
        com.jayway.jsonpath.JsonPath path = jayway();
        if (regexFilters != null) {
            regexFilters.check(text, document);
        }
        try {
            Object result = path.read(document, Jayway.CONFIGURATION);
            return result instanceof JsonNode node ? node : Json.mapper().valueToTree(result);
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            if (!path.isDefinite()) {
                return Json.nodes().arrayNode();
            }
            throw new PathException(text, e.getMessage());
        } catch (JsonPathException e) {
            throw new PathException(text, e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompiledPath that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Jayway's configuration, made on the first read that needs it (it builds an object mapper), and its helpers. */
    private static final class Jayway {
        static final Configuration CONFIGURATION = Configuration.builder()
                .jsonProvider(new JacksonJsonNodeJsonProvider(Json.mapper()))
                .mappingProvider(new JacksonMappingProvider(Json.mapper()))
                .options(EnumSet.noneOf(com.jayway.jsonpath.Option.class))
                .build();

        /** A filter comparing with a bare word: {@code == es)}. */
        static final Pattern BARE_WORD =
                Pattern.compile("(==|!=|<=|>=|<|>)\\s*([A-Za-z_][\\w-]*)(?=\\s*(\\)|&&|\\|\\|))");

        private Jayway() {
        }
    }
}
