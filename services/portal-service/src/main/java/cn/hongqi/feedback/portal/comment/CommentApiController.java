package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.apidocs.ApiDocs;
import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.portal.delegate.SignedInDelegate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The public API: {@code POST /api/v1/comments}. Examples are in {@code openapi/examples.json}. */
@RestController
@Tag(name = "意见 Comments")
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
    @Operation(operationId = "submitComment", summary = "提交意见 Submit a comment on a section of the report",
            description = """
                    对当前报告的某一部分提交意见。意见库（Kafka）确认收到后才返回 202 和回执编号；回执编号可在 `/receipts` 查询处理情况。\
                    Comments on one section of the current report. The 202 and its receipt number come only after the comment log has the comment.

                    **重试约定 Retry contract:** 每条意见带一个新的 `Idempotency-Key`。没有收到任何回答时，以及收到 503 并等过 `Retry-After` 秒之后，\
                    用**同一个** Key 重发同一请求，得到的是同一张回执，意见只记一次；收到 409 `idempotency.key-spent` 时，换一个**新** Key 重发。\
                    Send every comment with a fresh key; on no answer, and after a 503 once its `Retry-After` has passed, resend the same request \
                    with the same key; on 409 `idempotency.key-spent`, resend with a new key.

                    以人大代表身份（`role: delegate`）提交需要用代表账号进行 HTTP Basic 认证；群众无需登录。\
                    Commenting as a delegate needs the delegate's account over HTTP Basic; citizens need no login.
                    """,
            security = @SecurityRequirement(name = "delegateBasic"))
    @ApiResponse(responseCode = "202", description = "已收到：意见已在意见库中 Received: the comment is on the comment log")
    @ApiResponse(responseCode = "400", description = "请求无效（内容为空、过长、未同意隐私说明、JSON 无效等） Invalid request",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "401", description = "代表账号或密码错误 Wrong delegate credentials")
    @ApiResponse(responseCode = "403", description = "以代表身份提交但未以代表登录 Delegate role without a delegate login",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "409", description = "重复提交，或 Idempotency-Key 已作废 A repeated text, or a spent key",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "413", description = "请求内容超过 32 KiB The body is over 32 KiB",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "415", description = "Content-Type 不是 application/json Not JSON",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "422", description = "章节或要点不存在，或 Key 已用于另一条意见 Unknown section or anchor, or a reused key",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "429", description = "提交过于频繁 Too many submissions from this address",
            headers = @Header(name = ApiDocs.RETRY_AFTER, description = "多少秒后再试 Seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "503", description = "意见库未及时确认，意见未保存 The comment log did not confirm in time; nothing was saved",
            headers = @Header(name = ApiDocs.RETRY_AFTER, description = "多少秒后用同一个 Key 重试 Seconds before retrying with the same key",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    ReceiptResponse submit(@RequestBody CommentRequest request,
                           @Parameter(in = ParameterIn.HEADER, example = "3f1c9a2e-7b4d-4c8e-9a61-2d5e8f0b6c17", description = """
                                   1 到 200 个可见 ASCII 字符；重试时用同一个 Key 得到同一张回执（见上文重试约定）。\
                                   1–200 visible ASCII characters; a retry with the same key gets the same receipt.""")
                           @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                           HttpServletRequest http, Authentication authentication) {
        SubmissionRateLimit.Client client = new SubmissionRateLimit.Client(http.getRemoteAddr(), null);
        Optional<DelegateAccount> delegate = signedIn.of(authentication);
        Receipt receipt = idempotencyKey == null
                ? intake.submit(request, Receipt.random(), client, delegate, IntakeMeters.Channel.API)
                : idempotencyKeys.once(idempotencyKey, request, keyed -> intake.submit(request, keyed, client, delegate, IntakeMeters.Channel.API));
        return new ReceiptResponse(receipt.commentId(), receipt.number(), "received");
    }

    @Schema(description = "回执 The receipt")
    record ReceiptResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "意见编号 The comment id") String commentId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "回执编号，可电话报读 The receipt number, short enough to read out",
                    pattern = "^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$") String receipt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "received") String status) {
    }
}
