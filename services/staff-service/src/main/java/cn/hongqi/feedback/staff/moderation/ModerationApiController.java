package cn.hongqi.feedback.staff.moderation;

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
class ModerationApiController {

    private final ModerationDecisions decisions;
    private final MessageSource messages;

    ModerationApiController(ModerationDecisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    record DecisionRequest(String action, String reason) {
    }

    record ReplyRequest(String text, String author) {
    }

    @PostMapping("/api/v1/staff/comments/{commentId}/moderation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommentModerated decide(@PathVariable String commentId, @RequestBody DecisionRequest request, Authentication moderator) {
        return decisions.decide(commentId, action(request), request.reason(), moderator.getName());
    }

    @PostMapping("/api/v1/staff/comments/{commentId}/reply")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommentReplied reply(@PathVariable String commentId, @RequestBody ReplyRequest request, Authentication staff) {
        return decisions.reply(commentId, request.text(), request.author(), staff.getName());
    }

    record CampaignOutcome(String campaignId, int comments) {
    }

    @PostMapping("/api/v1/staff/campaigns/{campaignId}/moderation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CampaignOutcome decideCampaign(@PathVariable String campaignId, @RequestBody DecisionRequest request, Authentication moderator) {
        return new CampaignOutcome(campaignId, decisions.decideCampaign(campaignId, action(request), request.reason(), moderator));
    }

    @PostMapping("/api/v1/staff/campaigns/{campaignId}/reply")
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
