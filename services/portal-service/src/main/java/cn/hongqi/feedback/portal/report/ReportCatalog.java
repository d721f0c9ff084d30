package cn.hongqi.feedback.portal.report;

import cn.hongqi.feedback.portal.PortalProperties;
import cn.hongqi.feedback.report.Report;
import cn.hongqi.feedback.report.ReportParser;
import cn.hongqi.feedback.report.Section;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The report the portal serves, parsed once at start-up from {@code feedback.portal.report-file}. */
@Component
public class ReportCatalog {

    private final Report report;

    ReportCatalog(PortalProperties properties) {
        this.report = load(properties.reportFile());
    }

    public Report report() {
        return report;
    }

    public Optional<Section> section(String key) {
        return report.section(key);
    }

    private static Report load(Path file) {
        if (file == null || !Files.isReadable(file)) {
            throw new IllegalStateException("The report file is not readable: " + file
                    + " (set FEEDBACK_PORTAL_REPORT_FILE to a government work report in plain text)");
        }
        try {
            String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            return new ReportParser().parse(id, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report " + file, e);
        }
    }
}
