package cn.hongqi.feedback.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Per fault: what the citizens were told, what the index holds afterwards, and how long recovery took. */
public final class ChaosReport {

    /**
     * @param accepted    202 receipts given while the fault was on or around it
     * @param refused     answers without a receipt: 503s with Retry-After (the comment is sent again after each) and spent keys
     * @param indexed     receipted comments found in the index, once each
     * @param lost        receipted comments not in the index, or withdrawn from it
     * @param duplicates  comments found in the index more than once
     * @param unreceipted comments visible in the index although their sender got no receipt
     * @param unexpected  answers other than 202, 503 or no answer (a 500, say)
     * @param recoverySeconds from lifting the fault until every receipt given so far was searchable
     */
    public record Outcome(String fault, long accepted, long refused, long indexed, long lost, long duplicates, long unreceipted,
                          long unexpected, double recoverySeconds, String detail) {

        public boolean whole() {
            return lost == 0 && duplicates == 0 && unreceipted == 0 && unexpected == 0 && indexed == accepted;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public boolean whole() {
        return outcomes.stream().allMatch(Outcome::whole);
    }

    public void print(PrintStream out) {
        String format = "%-34s %9s %8s %9s %5s %10s %11s %10s %9s%n";
        out.printf(format, "fault", "accepted", "refused", "indexed", "lost", "duplicates", "unreceipted", "unexpected", "recovery");
        for (Outcome outcome : outcomes) {
            out.printf(format, outcome.fault(), outcome.accepted(), outcome.refused(), outcome.indexed(), outcome.lost(),
                    outcome.duplicates(), outcome.unreceipted(), outcome.unexpected(), String.format("%.1f s", outcome.recoverySeconds()));
            if (!outcome.detail().isEmpty()) {
                out.println("    " + outcome.detail());
            }
        }
        out.printf(format, "total", outcomes.stream().mapToLong(Outcome::accepted).sum(), outcomes.stream().mapToLong(Outcome::refused).sum(),
                outcomes.stream().mapToLong(Outcome::indexed).sum(), outcomes.stream().mapToLong(Outcome::lost).sum(),
                outcomes.stream().mapToLong(Outcome::duplicates).sum(), outcomes.stream().mapToLong(Outcome::unreceipted).sum(),
                outcomes.stream().mapToLong(Outcome::unexpected).sum(), "");
        out.println(whole() ? "Every receipt indexed exactly once; nothing without a receipt indexed."
                : "NOT WHOLE: see the rows above.");
    }
}
