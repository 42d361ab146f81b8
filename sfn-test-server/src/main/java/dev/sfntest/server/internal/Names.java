package dev.sfntest.server.internal;

/**
 * AWS's rules for the names of state machines, executions and activities: 1 to 80 characters,
 * no white space, brackets, wildcards, punctuation from {@code "#%\^|~`$&,;:/} or control
 * characters.
 */
final class Names {
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private Names() {
    }

    /** @throws ApiException {@code InvalidName} when AWS refuses the name */
    static String check(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                throw ApiException.invalidName(name);
            }
        }
        return name;
    }
}
