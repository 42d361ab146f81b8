package dev.sfntest.assertj;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff of two texts: {@code -} lines only in the expected text, {@code +} lines
 * only in the actual one, two lines of context around each change, {@code @@ line N} before each
 * hunk (the expected text's line number). Longest common subsequence; texts past
 * {@value #MAX_LINES} lines each are compared up to the first differing line only.
 */
final class LineDiff {
    static final int MAX_LINES = 2000;
    private static final int CONTEXT = 2;

    private LineDiff() {
    }

    /** The diff, {@code \n}-terminated lines; empty when the texts are equal. */
    static String of(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        List<String[]> ops = a.size() > MAX_LINES || b.size() > MAX_LINES ? firstDifference(a, b) : lcs(a, b);
        StringBuilder out = new StringBuilder();
        int lineOfA = 0;
        int lastPrinted = -2;
        for (int i = 0; i < ops.size(); i++) {
            String[] op = ops.get(i);
            boolean near = false;
            for (int j = Math.max(0, i - CONTEXT); j <= Math.min(ops.size() - 1, i + CONTEXT); j++) {
                near |= !ops.get(j)[0].equals(" ");
            }
            if (near) {
                if (lastPrinted != i - 1) {
                    out.append("@@ line ").append(lineOfA + 1).append('\n');
                }
                out.append(op[0]).append(' ').append(op[1]).append('\n');
                lastPrinted = i;
            }
            if (!op[0].equals("+")) {
                lineOfA++;
            }
        }
        return out.toString();
    }

    private static List<String[]> lcs(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new String[] {" ", a.get(i++)});
                j++;
            } else if (i < a.size() && (j == b.size() || length[i + 1][j] >= length[i][j + 1])) {
                ops.add(new String[] {"-", a.get(i++)});
            } else {
                ops.add(new String[] {"+", b.get(j++)});
            }
        }
        return ops;
    }

    private static List<String[]> firstDifference(List<String> a, List<String> b) {
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            ops.add(new String[] {" ", a.get(i++)});
        }
        if (i < a.size()) {
            ops.add(new String[] {"-", a.get(i)});
        }
        if (i < b.size()) {
            ops.add(new String[] {"+", b.get(i)});
        }
        return ops;
    }
}
