package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
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
@Tag(name = "检索 Search")
class SearchApiController {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final CommentSearch search;

    SearchApiController(CommentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/staff/comments")
    @Operation(operationId = "searchComments", summary = "检索意见 Search comments",
            description = "中文分词检索，所有词都须出现；附各维度的分面计数。Every word must occur; the answer carries facet counts.")
    @ApiResponse(responseCode = "200", description = "一页结果 One page of results")
    @ApiResponse(responseCode = "400", description = "检索条件无效 The search cannot run", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "依赖的服务暂不可用 A backing service is unavailable", headers = @Header(name = ApiDocs.RETRY_AFTER, schema = @Schema(type = "integer")), content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    SearchResult comments(@ParameterObject SearchQuery query, BindingResult binding, Authentication reader) {
        return search.search(SearchQuery.readable(query, binding), reader);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> indexUnreachable(UncheckedIOException unreachable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The comment index cannot be reached."));
    }
}
