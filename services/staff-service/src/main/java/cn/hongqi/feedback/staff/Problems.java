package cn.hongqi.feedback.staff;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How the staff API refuses a request: an RFC 9457 problem whose {@code reason} is the message key
 * (stable, for programs) and whose detail is that message in the caller's language (for people).
 */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> refused(HttpStatus status, String reason, MessageSource messages) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(reason, null, LocaleContextHolder.getLocale()));
        problem.setProperty("reason", reason);
        return ResponseEntity.status(status).body(problem);
    }
}
