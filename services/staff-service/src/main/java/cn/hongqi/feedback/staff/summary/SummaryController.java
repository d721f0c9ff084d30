package cn.hongqi.feedback.staff.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.util.Comparator;
import java.util.List;

/**
 * Section summaries: the overview of all sections (volume and share of negative comments, most
 * negative first), one section's page, and the same summary as JSON for the API and for the page's
 * own polling, which keeps the numbers live without a reload.
 */
@Controller
class SummaryController {

    private final SectionSummaries summaries;

    SummaryController(SectionSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/sections")
    String overview(Model model) {
        List<SectionSummary> sections = summaries.overview();
        model.addAttribute("sections", sections.stream()
                .sorted(Comparator.comparingDouble(SectionSummary::negativeShare).reversed()
                        .thenComparing(Comparator.comparingLong(SectionSummary::total).reversed()))
                .toList());
        model.addAttribute("largest", sections.stream().mapToLong(SectionSummary::total).max().orElse(0));
        return "sections";
    }

    @GetMapping("/sections/{key}/summary")
    String section(@PathVariable String key, Model model) {
        SectionSummary summary = find(key);
        model.addAttribute("summary", summary);
        model.addAttribute("busiestDay", summary.trend().stream().mapToLong(SectionSummary.Day::total).max().orElse(0));
        return "section-summary";
    }

    @GetMapping({"/sections/{key}/summary.json", "/api/v1/staff/sections/{key}/summary"})
    @ResponseBody
    @Tag(name = "概览 Summaries")
    @Operation(operationId = "getSectionSummary", summary = "一个章节的意见概览 What people say about one section",
            description = "按情感、类型、身份的计数，每日趋势，关键词，代表性意见和同类意见组。Counts, daily trend, keywords, representative comments, campaigns.")
    @ApiResponse(responseCode = "200", description = "概览 The summary")
    @ApiResponse(responseCode = "404", description = "没有这个章节 No such section")
    SectionSummary json(@Parameter(description = "章节编号 The section key", example = "3.5") @PathVariable String key) {
        return find(key);
    }

    private SectionSummary find(String key) {
        return summaries.of(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
