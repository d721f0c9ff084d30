package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Turns refusals of the public API into RFC 9457 problem bodies that carry the message in the
 * caller's language and in both languages the portal speaks.
 */
@RestControllerAdvice(assignableTypes = CommentApiController.class)
class CommentApiProblems {

    private final MessageSource messages;
    private final PortalProperties properties;

    CommentApiProblems(MessageSource messages, PortalProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(CommentRejectedException rejection) {
        ProblemDetail problem = problem(rejection.status(), rejection.reason(), rejection.messageKey());
        problem.setProperty("field", rejection.field());
        return ResponseEntity.status(rejection.status()).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException unavailable) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "intake.unavailable", "rejection.intake.unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()))
                .body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String reason, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("/problems/" + reason));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("reason", reason);
        problem.setProperty("messages", Map.of(
                "zh-CN", messages.getMessage(messageKey, null, Locale.SIMPLIFIED_CHINESE),
                "en", messages.getMessage(messageKey, null, Locale.ENGLISH)));
        return problem;
    }
}
