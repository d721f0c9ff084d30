package cn.hongqi.feedback.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The results as the README shows them: one figure a row, with its target and whether it was met. */
final class ResultTable {

    private static final long STACK_TARGET_MIB = 4096;

    private final Map<String, Object> results;
    private final List<String[]> rows = new ArrayList<>();

    ResultTable(Map<String, Object> results) {
        this.results = results;
    }

    void print(PrintStream out) {
        Map<String, Object> machine = map(results, "machine");
        double rawKafka = number(map(results, "rawKafka"), "recordsPerSecond");
        double rawBulk = number(map(results, "rawBulk"), "documentsPerSecond");
        Map<String, Object> intake = map(results, "intake");
        Map<String, Object> intakeLatency = map(intake, "latencyOf202");
        double accepted = number(intake, "acceptedPerSecond");
        Map<String, Object> freshness = map(results, "freshness");
        Map<String, Object> visible = map(freshness, "acceptedToVisible");
        double indexer = number(map(results, "indexer"), "documentsPerSecond");
        Map<String, Object> queries = map(results, "queries");
        Map<String, Object> search = map(queries, "search");
        Map<String, Object> summary = map(queries, "summary");
        Map<String, Object> apiSearch = map(queries, "searchApiWithBasicAuth");
        long stack = (long) number(results, "stackPeakResidentMiB");

        row("raw Kafka producer, " + map(results, "rawKafka").get("recordBytes") + "-byte records, acks=all, idempotent",
                format(rawKafka) + " records/s", "", "");
        row("raw Elasticsearch _bulk, the indexer's documents", format(rawBulk) + " docs/s", "", "");
        row("intake, " + intake.get("clients") + " clients, 202s only", format(accepted) + " accepted/s", "≥ 5,000/s", met(accepted >= 5000));
        row("intake latency of a 202, p50 / p99 / max", ms(intakeLatency, "p50Ms") + " / " + ms(intakeLatency, "p99Ms") + " / "
                + ms(intakeLatency, "maxMs"), "p99 ≤ 100 ms", met(number(intakeLatency, "p99Ms") <= 100));
        row("intake / raw Kafka", percent(accepted / rawKafka), "", "");
        row("freshness at " + format(number(freshness, "offeredPerSecond")) + "/s for " + Math.round(number(freshness, "seconds"))
                        + " s, 202 → searchable, p50 / p99 / max", ms(visible, "p50Ms") + " / " + ms(visible, "p99Ms") + " / "
                        + ms(visible, "maxMs") + " (" + format(number(freshness, "neverVisible")) + " never)",
                "p99 ≤ 2 s", met(number(visible, "p99Ms") <= 2000 && number(freshness, "neverVisible") == 0));
        Map<String, Object> within = map(results, "freshnessWithinCapacity");
        if (!within.isEmpty()) {
            Map<String, Object> withinVisible = map(within, "acceptedToVisible");
            row("freshness at " + format(number(within, "offeredPerSecond")) + "/s (half the measured intake), p50 / p99 / max",
                    ms(withinVisible, "p50Ms") + " / " + ms(withinVisible, "p99Ms") + " / " + ms(withinVisible, "maxMs")
                            + " (" + format(number(within, "neverVisible")) + " never)", "", "");
        }
        row("indexer draining " + format(number(map(results, "indexer"), "backlog")) + " comments", format(indexer) + " docs/s", "", "");
        row("indexer / raw _bulk", percent(indexer / rawBulk), "≥ 50 %", met(indexer / rawBulk >= 0.5));
        row("search page at " + format(number(map(results, "corpus"), "comments")) + " comments, two words + section, p50 / p95",
                ms(search, "p50Ms") + " / " + ms(search, "p95Ms"), "p95 ≤ 100 ms", met(number(search, "p95Ms") <= 100));
        row("section summary, p50 / p95", ms(summary, "p50Ms") + " / " + ms(summary, "p95Ms"), "p95 ≤ 250 ms",
                met(number(summary, "p95Ms") <= 250));
        row("search API with HTTP Basic (a BCrypt check each), p50 / p95", ms(apiSearch, "p50Ms") + " / " + ms(apiSearch, "p95Ms"), "", "");
        StringBuilder each = new StringBuilder();
        map(results, "peakResidentMiB").forEach((component, mib) -> each.append(each.length() == 0 ? "" : ", ").append(component)
                .append(' ').append(mib));
        row("peak resident memory, MiB: " + each, format(stack) + " MiB", "≤ 4 GiB", met(stack <= STACK_TARGET_MIB));

        out.println();
        out.printf("Machine: %s cores, %s GiB, %s, Java %s%n", machine.get("cores"), machine.get("memoryGiB"), machine.get("cpu"),
                machine.get("java"));
        out.println();
        out.println("| figure | measured | target | met |");
        out.println("|---|---|---|---|");
        rows.forEach(row -> out.println("| " + String.join(" | ", row) + " |"));
    }

    private void row(String figure, String measured, String target, String met) {
        rows.add(new String[]{figure, measured, target, met});
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }

    private static String format(double value) {
        return String.format("%,d", Math.round(value));
    }

    private static String ms(Map<String, Object> summary, String key) {
        return String.format("%,.0f ms", number(summary, key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static double number(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
