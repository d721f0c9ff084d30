package cn.hongqi.feedback.staff.report;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "报告 Reports")
class ReportApiController {

    private final ReportImports imports;

    ReportApiController(ReportImports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/staff/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importReport", summary = "导入或修订报告（管理员） Import a report or a revision (ADMIN)",
            description = "新文本为新版本（201）；同样的文本已导入过时返回 200；不是报告时 400 并指出行号。"
                    + "A new text is a new version (201); the same text again is 200; a file that is not a report is 400 naming the line.")
    @ApiResponse(responseCode = "200", description = "已导入过同样的文本 The same text was already imported")
    @ApiResponse(responseCode = "201", description = "新版本已发布 A new version is published")
    @ApiResponse(responseCode = "400", description = "不是报告，或上传无法解析 Not a report, or an unreadable upload", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "413", description = "文件超过 5 MB Over 5 MB", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "报告日志不可用 The report log is unavailable", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    ResponseEntity<ImportResult> importReport(@Parameter(description = "报告文本（UTF-8） The report text, UTF-8") @RequestParam("file") MultipartFile file,
                                              @Parameter(description = "报告编号（可选） The report id, optional", example = "hongqi-2020-government-work-report")
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

    @Schema(requiredProperties = {"reportId", "version", "created", "sections"})
    record ImportResult(String reportId, int version, boolean created, long sections, List<String> warnings,
                        List<ReportPublished.RetiredSection> retired) {
    }
}
