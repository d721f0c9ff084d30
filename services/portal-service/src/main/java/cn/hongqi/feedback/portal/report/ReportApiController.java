package cn.hongqi.feedback.portal.report;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.report.Paragraph;
import cn.hongqi.feedback.report.Section;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

/** The current report as JSON: {@code GET /api/v1/report} and {@code GET /api/v1/report/sections/{key}}. */
@RestController
@Tag(name = "报告 Report")
class ReportApiController {

    private final ReportCatalog catalog;

    ReportApiController(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/report")
    @Operation(operationId = "getReport", summary = "当前报告的目录 The current report's table of contents",
            description = "报告的各部分及其要点（提交意见时的 sectionKey 与 anchorId 即取自这里），以及修订中撤下的部分。\n"
                    + "The sections and their anchors (the sectionKey and anchorId of a comment), and the sections a revision retired.")
    @ApiResponse(responseCode = "200", description = "当前报告 The current report")
    @ApiResponse(responseCode = "404", description = "尚未导入报告 No report has been imported yet")
    ReportView report() {
        ReportPublished current = catalog.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report has been imported yet"));
        return new ReportView(current.reportId(), current.version(), current.publishedAt(), current.report().title(),
                current.report().subtitle(), current.report().speaker(),
                current.report().parts().stream().map(ReportApiController::node).toList(), current.retired());
    }

    @GetMapping("/api/v1/report/sections/{key}")
    @Operation(operationId = "getReportSection", summary = "报告的一部分及其正文 One section of the report, with its text")
    @ApiResponse(responseCode = "200", description = "该部分 The section")
    @ApiResponse(responseCode = "404", description = "没有这个部分 No such section")
    SectionView section(@Parameter(description = "章节编号 The section key", example = "3.5") @PathVariable String key) {
        Section section = catalog.section(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such section: " + key));
        return new SectionView(section.key(), section.label(), section.title(), section.paragraphs(),
                section.children().stream().map(ReportApiController::node).toList());
    }

    private static SectionNode node(Section section) {
        return new SectionNode(section.key(), section.label(), section.title(),
                section.anchors().map(anchor -> new AnchorRef(anchor.id(), anchor.phrase())).toList(),
                section.children().stream().map(ReportApiController::node).toList());
    }

    @Schema(requiredProperties = {"reportId", "version", "publishedAt", "title", "sections"})
    record ReportView(String reportId, int version, Instant publishedAt, String title, String subtitle, String speaker,
                      List<SectionNode> sections, List<ReportPublished.RetiredSection> retired) {
    }

    @Schema(requiredProperties = {"key", "title", "anchors", "children"})
    record SectionNode(String key, String label, String title, List<AnchorRef> anchors, List<SectionNode> children) {
    }

    record AnchorRef(String id, String phrase) {
    }

    @Schema(requiredProperties = {"key", "title", "paragraphs", "children"})
    record SectionView(String key, String label, String title, List<Paragraph> paragraphs, List<SectionNode> children) {
    }
}
