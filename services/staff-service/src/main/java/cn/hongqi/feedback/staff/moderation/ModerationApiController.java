package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.apidocs.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.hongqi.feedback.staff.Problems;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * {@code POST /api/v1/staff/comments/{id}/moderation} and {@code …/reply}, for moderators. The
 * answer is 202: the decision is on the comment log; the index shows it within seconds.
 */
@RestController
@Tag(name = "审核与答复 Moderation and replies")
class ModerationApiController {

    private final ModerationDecisions decisions;
    private final MessageSource messages;

    ModerationApiController(ModerationDecisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"PUBLISH", "HIDE", "SPAM", "RESTORE"},
                    description = "PUBLISH 公开，HIDE 不予公开（须说明理由），SPAM 垃圾信息，RESTORE 恢复待审") String action,
            @Schema(maxLength = 200, description = "理由，不予公开时必填，会显示在回执页 The reason; required to hide, shown on the receipt page") String reason) {
    }

    record ReplyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "官方答复 The official reply") String text,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "答复单位 The replying office") String author) {
    }

    @PostMapping("/api/v1/staff/comments/{commentId}/moderation")
    @Operation(operationId = "moderateComment", summary = "审核一条意见 Decide on a comment",
            description = "决定写入意见库后返回 202，检索在数秒内可见。202 once the decision is on the comment log; the index shows it within seconds.")
    @ApiResponse(responseCode = "202", description = "决定已记录 The decision is on the log")
    @ApiResponse(responseCode = "400", description = "操作无效或缺少理由 A bad action, or a hide without a reason", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "404", description = "没有这条意见 No such comment", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "依赖的服务暂不可用 A backing service is unavailable", headers = @Header(name = ApiDocs.RETRY_AFTER, schema = @Schema(type = "integer")), content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommentModerated decide(@PathVariable String commentId, @RequestBody DecisionRequest request, Authentication moderator) {
        return decisions.decide(commentId, action(request), request.reason(), moderator.getName());
    }

    @PostMapping("/api/v1/staff/comments/{commentId}/reply")
    @Operation(operationId = "replyToComment", summary = "官方答复一条意见 Reply to a comment")
    @ApiResponse(responseCode = "202", description = "答复已记录 The reply is on the log")
    @ApiResponse(responseCode = "400", description = "操作无效或缺少理由 A bad action, or a hide without a reason", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "404", description = "没有这条意见 No such comment", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "依赖的服务暂不可用 A backing service is unavailable", headers = @Header(name = ApiDocs.RETRY_AFTER, schema = @Schema(type = "integer")), content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommentReplied reply(@PathVariable String commentId, @RequestBody ReplyRequest request, Authentication staff) {
        return decisions.reply(commentId, request.text(), request.author(), staff.getName());
    }

    @Schema(requiredProperties = {"campaignId", "comments"})
    record CampaignOutcome(String campaignId, @Schema(description = "处理的意见数 How many comments") int comments) {
    }

    @PostMapping("/api/v1/staff/campaigns/{campaignId}/moderation")
    @Operation(operationId = "moderateCampaign", summary = "一次审核同类意见组的全部意见 Decide on every comment of a campaign")
    @ApiResponse(responseCode = "202", description = "每条意见的决定都已记录 Each comment's decision is on the log")
    @ApiResponse(responseCode = "400", description = "操作无效或缺少理由 A bad action, or a hide without a reason", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "404", description = "没有这条意见 No such comment", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "依赖的服务暂不可用 A backing service is unavailable", headers = @Header(name = ApiDocs.RETRY_AFTER, schema = @Schema(type = "integer")), content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ResponseStatus(HttpStatus.ACCEPTED)
    CampaignOutcome decideCampaign(@PathVariable String campaignId, @RequestBody DecisionRequest request, Authentication moderator) {
        return new CampaignOutcome(campaignId, decisions.decideCampaign(campaignId, action(request), request.reason(), moderator));
    }

    @PostMapping("/api/v1/staff/campaigns/{campaignId}/reply")
    @Operation(operationId = "replyToCampaign", summary = "一次答复同类意见组的全部意见 Reply to every comment of a campaign")
    @ApiResponse(responseCode = "202", description = "每条答复都已记录 Each reply is on the log")
    @ApiResponse(responseCode = "400", description = "操作无效或缺少理由 A bad action, or a hide without a reason", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "404", description = "没有这条意见 No such comment", content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "依赖的服务暂不可用 A backing service is unavailable", headers = @Header(name = ApiDocs.RETRY_AFTER, schema = @Schema(type = "integer")), content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ResponseStatus(HttpStatus.ACCEPTED)
    CampaignOutcome replyToCampaign(@PathVariable String campaignId, @RequestBody ReplyRequest request, Authentication staff) {
        return new CampaignOutcome(campaignId, decisions.replyToCampaign(campaignId, request.text(), request.author(), staff));
    }

    static CommentModerated.Action action(DecisionRequest request) {
        return Arrays.stream(CommentModerated.Action.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(String.valueOf(request.action())))
                .findFirst().orElseThrow(() -> new ModerationRejectedException("moderation.action-invalid"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(ModerationRejectedException rejection) {
        HttpStatus status = "moderation.comment-unknown".equals(rejection.getMessage()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return Problems.refused(status, rejection.getMessage(), messages);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(UncheckedIOException unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage()));
    }
}
