package cn.hongqi.feedback.reportlog;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.report.ParsedReport;
import cn.hongqi.feedback.report.ReportFormatException;
import cn.hongqi.feedback.report.ReportParser;
import cn.hongqi.feedback.report.Section;
import cn.hongqi.feedback.report.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Imports a report: parses it, numbers the version, notes which sections the previous version had
 * and this one lacks, and publishes the result on the report log. Importing the same bytes again
 * changes nothing. Imports are serialised so two cannot take the same version number.
 */
public class ReportImporter {

    private static final Logger log = LoggerFactory.getLogger(ReportImporter.class);

    private final KafkaTemplate<String, ReportPublished> template;
    private final ReportLogPosition position;
    private final PublishedReports reports;
    private final ReportLogProperties properties;
    private final Clock clock;
    private final ReportParser parser = new ReportParser();

    ReportImporter(KafkaTemplate<String, ReportPublished> template, ReportLogPosition position, PublishedReports reports,
                   ReportLogProperties properties, Clock clock) {
        this.template = template;
        this.position = position;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws ReportFormatException  when the bytes are not a report of the expected shape
     * @throws ReportLogUnavailableException when Kafka did not take the new version
     */
    public synchronized ImportOutcome importReport(String reportId, String sourceName, byte[] content) {
        ParsedReport parsed = parser.parse(reportId, content);
        String sha256 = Sha256.hex(content);
        // The version number is only right once this service has read every version already on the log.
        position.awaitEnd(properties.publishTimeout());
        Optional<ReportPublished> previous = reports.latest(reportId);
        if (previous.isPresent() && previous.get().sha256().equals(sha256)) {
            return new ImportOutcome(previous.get(), false);
        }
        List<String> warnings = new ArrayList<>(parsed.warnings());
        previous.ifPresent(earlier -> warnings.addAll(moved(earlier, parsed)));
        ReportPublished published = new ReportPublished(reportId, previous.map(ReportPublished::version).orElse(0) + 1,
                sha256, sourceName, clock.instant(), parsed.report(), retired(previous, parsed), warnings);
        try {
            long offset = template.send(Topics.REPORTS.name(), published.key(), published)
                    .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata().offset();
            reports.accept(published, offset);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new ReportLogUnavailableException("the report log did not take version " + published.version(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportLogUnavailableException("interrupted while publishing the report", e);
        }
        log.info("Imported {} as report {} version {} with {} warnings", sourceName, reportId, published.version(), published.warnings().size());
        return new ImportOutcome(published, true);
    }

    /** Sections that earlier versions had and this one lacks stay flagged, with the last version that had them. */
    private static List<ReportPublished.RetiredSection> retired(Optional<ReportPublished> previous, ParsedReport parsed) {
        if (previous.isEmpty()) {
            return List.of();
        }
        Set<String> keys = parsed.report().sections().map(Section::key).collect(Collectors.toSet());
        Map<String, ReportPublished.RetiredSection> retired = new LinkedHashMap<>();
        previous.get().retired().stream().filter(section -> !keys.contains(section.key()))
                .forEach(section -> retired.put(section.key(), section));
        previous.get().report().sections().filter(section -> !keys.contains(section.key()))
                .forEach(section -> retired.put(section.key(),
                        new ReportPublished.RetiredSection(section.key(), section.title(), previous.get().version())));
        return new ArrayList<>(retired.values());
    }

    /**
     * Keys are positions, so a revision that inserts or removes a section before others moves their
     * titles to other keys, and the comments on a key then sit under another heading. Say so.
     */
    private static List<String> moved(ReportPublished previous, ParsedReport parsed) {
        Map<String, String> newTitles = parsed.report().sections().collect(Collectors.toMap(Section::key, Section::title));
        Map<String, String> newKeys = parsed.report().sections().collect(Collectors.toMap(Section::title, Section::key, (first, second) -> first));
        List<String> moved = new ArrayList<>();
        previous.report().sections().forEach(section -> {
            String titleNow = newTitles.get(section.key());
            if (titleNow != null && !titleNow.equals(section.title())) {
                String movedTo = newKeys.get(section.title());
                moved.add("section " + section.key() + " was “" + section.title() + "” and is now “" + titleNow + "”"
                        + (movedTo != null ? "; “" + section.title() + "” is now " + movedTo : "")
                        + "; comments on " + section.key() + " stay on " + section.key());
            }
        });
        return moved;
    }

    /** @param published the version now current; {@code created} is false when the same bytes were imported before */
    public record ImportOutcome(ReportPublished published, boolean created) {
    }
}
