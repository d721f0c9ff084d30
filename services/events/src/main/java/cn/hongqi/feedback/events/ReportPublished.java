package cn.hongqi.feedback.events;

import cn.hongqi.feedback.report.Report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A version of a report, as imported. Every service builds its view of the report from these
 * records on {@link Topics#REPORTS}; the topic is compacted with one key per version, so every
 * version stays readable.
 *
 * @param sha256   of the imported bytes; importing the same bytes again publishes nothing
 * @param retired  sections of the previous version that this one no longer has: their comments
 *                 keep their keys, and pages flag them instead of dropping them
 * @param warnings what the parser noticed, each naming its line
 */
public record ReportPublished(
        String reportId,
        int version,
        String sha256,
        String sourceName,
        Instant publishedAt,
        Report report,
        List<RetiredSection> retired,
        List<String> warnings) {

    public ReportPublished {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(report, "report");
        retired = retired == null ? List.of() : List.copyOf(retired);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The record key: one per version, so compaction keeps them all. */
    public String key() {
        return reportId + "@v" + version;
    }

    /** A section that an earlier version had and this one does not. */
    public record RetiredSection(String key, String title, int lastVersion) {
    }
}
