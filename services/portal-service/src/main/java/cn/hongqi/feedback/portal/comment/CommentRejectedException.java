package cn.hongqi.feedback.portal.comment;

import org.springframework.http.HttpStatus;

/**
 * A comment that cannot be accepted as it is. {@link #reason()} names a message key
 * ({@code rejection.<reason>}) so the API and the form tell the user the same thing.
 */
class CommentRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String reason;
    private final String field;
    private final long retryAfterSeconds;

    CommentRejectedException(HttpStatus status, String reason, String field) {
        this(status, reason, field, 0);
    }

    /** @param retryAfterSeconds when the same request may succeed; 0 when waiting will not help */
    CommentRejectedException(HttpStatus status, String reason, String field, long retryAfterSeconds) {
        super(reason);
        this.status = status;
        this.reason = reason;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    HttpStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return "rejection." + reason;
    }
}
