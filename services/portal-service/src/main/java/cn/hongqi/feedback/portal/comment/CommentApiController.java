package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.portal.delegate.SignedInDelegate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** The public API: {@code POST /api/v1/comments}. */
@RestController
class CommentApiController {

    private final CommentIntake intake;
    private final IdempotencyKeys idempotencyKeys;
    private final SignedInDelegate signedIn;

    CommentApiController(CommentIntake intake, IdempotencyKeys idempotencyKeys, SignedInDelegate signedIn) {
        this.intake = intake;
        this.idempotencyKeys = idempotencyKeys;
        this.signedIn = signedIn;
    }

    @PostMapping(path = "/api/v1/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReceiptResponse submit(@RequestBody CommentRequest request,
                           @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                           HttpServletRequest http, Authentication authentication) {
        SubmissionRateLimit.Client client = new SubmissionRateLimit.Client(http.getRemoteAddr(), null);
        Optional<DelegateAccount> delegate = signedIn.of(authentication);
        Receipt receipt = idempotencyKey == null
                ? intake.submit(request, Receipt.random(), client, delegate, IntakeMeters.Channel.API)
                : idempotencyKeys.once(idempotencyKey, request, keyed -> intake.submit(request, keyed, client, delegate, IntakeMeters.Channel.API));
        return new ReceiptResponse(receipt.commentId(), receipt.number(), "received");
    }

    record ReceiptResponse(String commentId, String receipt, String status) {
    }
}
