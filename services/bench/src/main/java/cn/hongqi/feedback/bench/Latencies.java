package cn.hongqi.feedback.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.LinkedHashMap;

/** Durations in nanoseconds, summarised as the percentiles the benchmark reports, in milliseconds. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int count;
        synchronized (other) {
            theirs = Arrays.copyOf(other.values, other.size);
            count = other.size;
        }
        for (int i = 0; i < count; i++) {
            add(theirs[i]);
        }
    }

    synchronized int count() {
        return size;
    }

    /** Nearest-rank percentile in milliseconds; 0 when nothing was measured. */
    synchronized double percentileMillis(double percentile) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }

    synchronized double maxMillis() {
        return percentileMillis(100);
    }

    /** p50, p95, p99 and max, in milliseconds, for the JSON results. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50Ms", round(percentileMillis(50)));
        summary.put("p95Ms", round(percentileMillis(95)));
        summary.put("p99Ms", round(percentileMillis(99)));
        summary.put("maxMs", round(maxMillis()));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
