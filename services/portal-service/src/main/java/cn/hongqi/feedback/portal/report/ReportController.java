package cn.hongqi.feedback.portal.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The report's table of sections, where a citizen chooses what to comment on. */
@Controller
class ReportController {

    static final String VIEW_INDEX = "index";

    private final ReportCatalog catalog;
    private final CommentCounts counts;

    ReportController(ReportCatalog catalog, CommentCounts counts) {
        this.catalog = catalog;
        this.counts = counts;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("report", catalog.report().orElse(null));
        model.addAttribute("counts", counts);
        return VIEW_INDEX;
    }
}
