package cn.hongqi.feedback.portal.report;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.report.Paragraph;
import cn.hongqi.feedback.report.Section;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

/** The current report as JSON: {@code GET /api/v1/report} and {@code GET /api/v1/report/sections/{key}}. */
@RestController
class ReportApiController {

    private final ReportCatalog catalog;

    ReportApiController(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/report")
    ReportView report() {
        ReportPublished current = catalog.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report has been imported yet"));
        return new ReportView(current.reportId(), current.version(), current.publishedAt(), current.report().title(),
                current.report().subtitle(), current.report().speaker(),
                current.report().parts().stream().map(ReportApiController::node).toList(), current.retired());
    }

    @GetMapping("/api/v1/report/sections/{key}")
    SectionView section(@PathVariable String key) {
        Section section = catalog.section(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such section: " + key));
        return new SectionView(section.key(), section.label(), section.title(), section.paragraphs(),
                section.children().stream().map(ReportApiController::node).toList());
    }

    private static SectionNode node(Section section) {
        return new SectionNode(section.key(), section.label(), section.title(),
                section.anchors().map(anchor -> new AnchorRef(anchor.id(), anchor.phrase())).toList(),
                section.children().stream().map(ReportApiController::node).toList());
    }

    record ReportView(String reportId, int version, Instant publishedAt, String title, String subtitle, String speaker,
                      List<SectionNode> sections, List<ReportPublished.RetiredSection> retired) {
    }

    record SectionNode(String key, String label, String title, List<AnchorRef> anchors, List<SectionNode> children) {
    }

    record AnchorRef(String id, String phrase) {
    }

    record SectionView(String key, String label, String title, List<Paragraph> paragraphs, List<SectionNode> children) {
    }
}
