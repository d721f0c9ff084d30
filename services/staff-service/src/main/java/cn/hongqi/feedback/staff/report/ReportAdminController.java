package cn.hongqi.feedback.staff.report;

import cn.hongqi.feedback.report.ReportFormatException;
import cn.hongqi.feedback.reportlog.PublishedReports;
import cn.hongqi.feedback.reportlog.ReportImporter;
import cn.hongqi.feedback.reportlog.ReportLogUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrators' page for importing a report or a revised version of it. */
@Controller
class ReportAdminController {

    static final String VIEW_REPORTS = "admin/reports";

    private final ReportImports imports;
    private final PublishedReports reports;

    ReportAdminController(ReportImports imports, PublishedReports reports) {
        this.imports = imports;
        this.reports = reports;
    }

    @GetMapping("/admin/reports")
    String page(Model model) {
        model.addAttribute("current", reports.current().orElse(null));
        return VIEW_REPORTS;
    }

    /** Only a multipart upload can carry a file; anything else is answered 415, not a server error. */
    @PostMapping(path = "/admin/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "reportId", required = false) String reportId,
                  Model model, HttpServletResponse response) {
        try {
            ReportImporter.ImportOutcome outcome = imports.importUpload(file, reportId);
            model.addAttribute("outcome", outcome);
        } catch (ReportFormatException notAReport) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", notAReport.getMessage());
        } catch (ReportLogUnavailableException unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("problem", unavailable.getMessage());
        }
        return page(model);
    }
}
