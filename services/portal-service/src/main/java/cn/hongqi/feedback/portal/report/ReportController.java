package cn.hongqi.feedback.portal.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The report's table of sections, where a citizen chooses what to comment on. */
@Controller
class ReportController {

    static final String VIEW_INDEX = "index";

    private final ReportCatalog catalog;

    ReportController(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("report", catalog.report().orElse(null));
        return VIEW_INDEX;
    }
}
