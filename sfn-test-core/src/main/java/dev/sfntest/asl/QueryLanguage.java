package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The query language of a state machine or a state, spelt in definitions as AWS spells it. */
@API(status = EXPERIMENTAL)
public enum QueryLanguage {
    /** {@code "JSONPath"}: paths, templates with {@code .$} fields and intrinsic functions (the default). */
    JSONPATH("JSONPath"),
    /** {@code "JSONata"}: {@code {% ... %}} expressions, {@code Arguments} and {@code Output}. */
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** The name as written in a definition. */
    public String aslName() {
        return aslName;
    }

    /** The language named {@code name} in a definition, or {@code null} when there is none such. */
    public static QueryLanguage fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return language;
            }
        }
        return null;
    }
}
