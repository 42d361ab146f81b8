package dev.sfntest.service.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How Step Functions names an API member: with a capital first letter ({@code ExecutionArn} for
 * the model's {@code executionArn}), and, in AWS SDK integrations, as the AWS SDK for Java 2.x
 * does: each word with one capital ({@code DbInstanceIdentifier} for {@code DBInstanceIdentifier},
 * {@code SnsTopicArn} for {@code SNSTopicArn}), as real-world definitions write them.
 */
public final class MemberNames {
    private MemberNames() {
    }

    /** {@code executionArn} to {@code ExecutionArn}. */
    public static String pascal(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code DBInstanceIdentifier} to {@code DbInstanceIdentifier}: words split at case changes and digits. */
    public static String sdk(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : words(name)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    /** The names a member is written with: its PascalCase name, then the SDK's when it differs. */
    public static List<String> accepted(String name) {
        String pascal = pascal(name);
        String sdk = sdk(name);
        return pascal.equals(sdk) ? List.of(pascal) : List.of(pascal, sdk);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            int start = i;
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                while (i < name.length() && Character.isDigit(name.charAt(i))) {
                    i++;
                }
                while (i < name.length() && Character.isLowerCase(name.charAt(i))) {
                    i++;
                }
            } else if (Character.isUpperCase(c)) {
                int upper = i;
                while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
                    upper++;
                }
                if (upper - i > 1) {
                    boolean lowerFollows = upper < name.length() && Character.isLowerCase(name.charAt(upper));
                    i = lowerFollows ? upper - 1 : upper;
                } else {
                    i++;
                    while (i < name.length() && Character.isLowerCase(name.charAt(i))) {
                        i++;
                    }
                }
            } else if (Character.isLowerCase(c)) {
                while (i < name.length() && Character.isLowerCase(name.charAt(i))) {
                    i++;
                }
            } else {
                i++;
                continue;
            }
            words.add(name.substring(start, i));
        }
        return words;
    }
}
