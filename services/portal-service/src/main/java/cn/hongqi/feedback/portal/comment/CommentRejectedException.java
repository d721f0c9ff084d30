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

    CommentRejectedException(HttpStatus status, String reason, String field) {
        super(reason);
        this.status = status;
        this.reason = reason;
        this.field = field;
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
