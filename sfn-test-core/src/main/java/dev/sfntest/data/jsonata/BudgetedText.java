package dev.sfntest.data.jsonata;

/**
 * A string as a regular expression reads it, each character read counted against the
 * evaluation's budget, so that catastrophic backtracking stops after a fixed amount of work.
 */
final class BudgetedText implements CharSequence {
    private final String text;
    private final EvaluationBudget budget;

    BudgetedText(String text, EvaluationBudget budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        budget.regexRead();
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
