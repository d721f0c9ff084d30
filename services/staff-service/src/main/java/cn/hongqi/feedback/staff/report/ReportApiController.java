package cn.hongqi.feedback.staff.report;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.report.ReportFormatException;
import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.reportlog.ReportLogUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/**
 * {@code POST /api/v1/staff/reports} (admin, multipart {@code file}, optional {@code reportId}):
 * what {@code ./feedback import-report} calls. 201 for a new version, 200 when the same text was
 * already imported, 400 naming the line when the file is not a report.
 */
@RestController
class ReportApiController {

    private final ReportImports imports;

    ReportApiController(ReportImports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/staff/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> importReport(@RequestParam("file") MultipartFile file,
                                              @RequestParam(name = "reportId", required = false) String reportId) {
        ReportImporter.ImportOutcome outcome = imports.importUpload(file, reportId);
        ReportPublished published = outcome.published();
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ImportResult(published.reportId(), published.version(), outcome.created(),
                        published.report().sections().count(), published.warnings(), published.retired()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAReport(ReportFormatException notAReport) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, notAReport.getMessage());
        problem.setProperty("line", notAReport.line());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> logUnavailable(ReportLogUnavailableException unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage()));
    }

    record ImportResult(String reportId, int version, boolean created, long sections, List<String> warnings,
                        List<ReportPublished.RetiredSection> retired) {
    }
}
