package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalProperties;
import cn.hongqi.feedback.portal.web.BodyTooLargeException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.io.CharConversionException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns refusals of the public API into RFC 9457 problem bodies that carry the message in the
 * caller's language and in both languages the portal speaks.
 */
@RestControllerAdvice(assignableTypes = CommentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of Boot's generic problem details for unreadable bodies
class CommentApiProblems {

    private final MessageSource messages;
    private final PortalProperties properties;
    private final IntakeMeters meters;

    CommentApiProblems(MessageSource messages, PortalProperties properties, IntakeMeters meters) {
        this.messages = messages;
        this.properties = properties;
        this.meters = meters;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(CommentRejectedException rejection) {
        ProblemDetail problem = problem(rejection.status(), rejection.reason(), rejection.messageKey());
        problem.setProperty("field", rejection.field());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(rejection.status());
        if (rejection.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(rejection.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException unavailable) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "intake.unavailable", "rejection.intake.unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()))
                .body(problem);
    }

    /** A body Jackson cannot read: bad bytes get their own reason, everything else is malformed JSON. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        if (causes(unreadable).anyMatch(BodyTooLargeException.class::isInstance)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "body.too-large", "rejection.body.too-large"));
        }
        boolean badBytes = causes(unreadable).anyMatch(cause -> cause instanceof CharConversionException
                || String.valueOf(cause.getMessage()).contains("Invalid UTF-8"));
        String reason = badBytes ? "encoding.invalid" : "json.malformed";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, reason, "rejection." + reason));
    }

    private static Stream<Throwable> causes(Throwable error) {
        return Stream.iterate(error, Objects::nonNull, Throwable::getCause).limit(10);
    }

    private ProblemDetail problem(HttpStatus status, String reason, String messageKey) {
        meters.rejected(messageKey);
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
