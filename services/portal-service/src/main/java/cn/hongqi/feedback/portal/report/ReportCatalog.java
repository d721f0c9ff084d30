package cn.hongqi.feedback.portal.report;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.report.Report;
import cn.hongqi.feedback.report.Section;
import cn.hongqi.feedback.reportlog.PublishedReports;
import cn.hongqi.feedback.reportlog.ReportLogPosition;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The report the portal serves: the current version on the report log, once one was imported. */
@Component
public class ReportCatalog {

    private final PublishedReports reports;
    private final ReportLogPosition position;

    ReportCatalog(PublishedReports reports, ReportLogPosition position) {
        this.reports = reports;
        this.position = position;
    }

    /**
     * Whether the portal has read the report log as far as it reached when the portal started:
     * before that, a restarted portal knows no report yet and would call every section unknown.
     */
    public boolean upToDate() {
        return position.caughtUp();
    }

    public Optional<ReportPublished> current() {
        return reports.current();
    }

    public Optional<Report> report() {
        return reports.currentReport();
    }

    public Optional<Section> section(String key) {
        return report().flatMap(report -> report.section(key));
    }

    /** A section an earlier version had: its comments stay, but it takes no new ones. */
    public Optional<ReportPublished.RetiredSection> retired(String key) {
        return current().flatMap(current -> current.retired().stream().filter(section -> section.key().equals(key)).findFirst());
    }
}
