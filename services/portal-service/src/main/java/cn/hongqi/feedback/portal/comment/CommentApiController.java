package cn.hongqi.feedback.portal.comment;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public API: {@code POST /api/v1/comments}. */
@RestController
class CommentApiController {

    private final CommentIntake intake;
    private final IdempotencyKeys idempotencyKeys;

    CommentApiController(CommentIntake intake, IdempotencyKeys idempotencyKeys) {
        this.intake = intake;
        this.idempotencyKeys = idempotencyKeys;
    }

    @PostMapping(path = "/api/v1/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReceiptResponse submit(@RequestBody CommentRequest request,
                           @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                           HttpServletRequest http) {
        SubmissionRateLimit.Client client = new SubmissionRateLimit.Client(http.getRemoteAddr(), null);
        Receipt receipt = idempotencyKey == null
                ? intake.submit(request, client)
                : idempotencyKeys.once(idempotencyKey, request, () -> intake.submit(request, client));
        return new ReceiptResponse(receipt.commentId(), receipt.number(), "received");
    }

    record ReceiptResponse(String commentId, String receipt, String status) {
    }
}
