package cn.hongqi.feedback.staff.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.UncheckedIOException;

/** The search page. Its URL carries the whole query, so staff can share a search by its link. */
@Controller
class SearchPageController {

    static final String VIEW_SEARCH = "search";

    private final CommentSearch search;

    SearchPageController(CommentSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(SearchQuery query, BindingResult binding, Model model, HttpServletResponse response, Authentication reader) {
        model.addAttribute("query", query);
        model.addAttribute("showContacts", CommentSearch.mayReadContacts(reader));
        try {
            model.addAttribute("result", search.search(SearchQuery.readable(query, binding), reader));
        } catch (UncheckedIOException unreachable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("unavailable", true);
        } catch (InvalidSearchException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", invalid.messageKey());
        }
        return VIEW_SEARCH;
    }
}
