package cn.hongqi.feedback.staff.search;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.UncheckedIOException;

/** {@code GET /api/v1/staff/comments?q=…&section=…&sort=…&page=…&size=…}, with HTTP Basic. */
@RestController
class SearchApiController {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final CommentSearch search;

    SearchApiController(CommentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/staff/comments")
    SearchResult comments(SearchQuery query, BindingResult binding, Authentication reader) {
        return search.search(SearchQuery.readable(query, binding), reader);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> indexUnreachable(UncheckedIOException unreachable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The comment index cannot be reached."));
    }
}
