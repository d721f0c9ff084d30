package cn.hongqi.feedback.staff.report;

import cn.hongqi.feedback.reportlog.ReportImporter;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** An uploaded file becomes a report version; the report id comes from the file name unless given. */
@Service
class ReportImports {

    private final ReportImporter importer;

    ReportImports(ReportImporter importer) {
        this.importer = importer;
    }

    ReportImporter.ImportOutcome importUpload(MultipartFile file, String reportId) {
        String name = file.getOriginalFilename() == null ? "report.txt" : file.getOriginalFilename();
        String id = reportId == null || reportId.isBlank() ? idFrom(name) : idFrom(reportId);
        try {
            return importer.importReport(id, name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    /** {@code ../Hongqi 2020 报告.txt} gives {@code hongqi-2020}: only the last path element, only safe characters. */
    static String idFrom(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "report" : id;
    }
}
