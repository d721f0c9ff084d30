package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.staff.search.CommentSearch;
import cn.hongqi.feedback.staff.search.SearchQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The moderation queue: comments awaiting a decision, oldest first. A moderator decides on one
 * comment or on a selection at once, with a reason when hiding, and replies for an office. Keyboard:
 * j/k move, x selects, p publishes, s marks spam, h goes to the reason ({@code /moderation.js}).
 */
@Controller
class ModerationPageController {

    static final String VIEW_QUEUE = "moderation";

    private final CommentSearch search;
    private final ModerationDecisions decisions;

    ModerationPageController(CommentSearch search, ModerationDecisions decisions) {
        this.search = search;
        this.decisions = decisions;
    }

    @GetMapping("/moderation")
    String queue(@RequestParam(required = false) String section, @RequestParam(required = false) Integer page,
                 Model model, Authentication moderator) {
        SearchQuery query = SearchQuery.queue(section, page);
        model.addAttribute("query", query);
        model.addAttribute("result", search.search(query, moderator));
        return VIEW_QUEUE;
    }

    /** One decision for every comment selected; each is an event of its own, naming this moderator. */
    @PostMapping("/moderation/decisions")
    String decide(@RequestParam(name = "ids", required = false) List<String> ids, @RequestParam String action,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String section,
                  Authentication moderator, RedirectAttributes redirect) {
        try {
            CommentModerated.Action decision = CommentModerated.Action.valueOf(action);
            List<String> chosen = ids == null ? List.of() : ids;
            chosen.forEach(id -> decisions.decide(id, decision, reason, moderator.getName()));
            redirect.addFlashAttribute("decided", chosen.size());
        } catch (ModerationRejectedException | IllegalArgumentException rejected) {
            redirect.addFlashAttribute("problem", rejected instanceof ModerationRejectedException
                    ? rejected.getMessage() : "moderation.action-invalid");
        } catch (UncheckedIOException unavailable) {
            redirect.addFlashAttribute("problem", "moderation.unavailable");
        }
        return section == null || section.isBlank() ? "redirect:/moderation" : "redirect:/moderation?section=" + section;
    }

    /** Hide a spam campaign, or publish a petition, in one action from the search page. */
    @PostMapping("/moderation/campaigns/{campaignId}")
    String decideCampaign(@PathVariable String campaignId, @RequestParam String action, @RequestParam(required = false) String reason,
                          Authentication moderator, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("decided", decisions.decideCampaign(campaignId, CommentModerated.Action.valueOf(action), reason,
                    moderator));
        } catch (ModerationRejectedException | IllegalArgumentException rejected) {
            redirect.addFlashAttribute("problem", rejected instanceof ModerationRejectedException
                    ? rejected.getMessage() : "moderation.action-invalid");
        } catch (UncheckedIOException unavailable) {
            redirect.addFlashAttribute("problem", "moderation.unavailable");
        }
        redirect.addAttribute("campaign", campaignId);
        return "redirect:/search";
    }

    @PostMapping("/moderation/{commentId}/reply")
    String reply(@PathVariable String commentId, @RequestParam String text, @RequestParam String author,
                 Authentication staff, RedirectAttributes redirect) {
        try {
            decisions.reply(commentId, text, author, staff.getName());
            redirect.addFlashAttribute("replied", true);
        } catch (ModerationRejectedException rejected) {
            redirect.addFlashAttribute("problem", rejected.getMessage());
        } catch (UncheckedIOException unavailable) {
            redirect.addFlashAttribute("problem", "moderation.unavailable");
        }
        return "redirect:/moderation";
    }
}
