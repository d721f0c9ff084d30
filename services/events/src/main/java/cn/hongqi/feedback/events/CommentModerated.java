package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of staff decided what happens to a comment. Every decision is an event, so the audit
 * log is the comment log itself.
 *
 * @param reason required for {@link Action#HIDE}; free text otherwise
 */
public record CommentModerated(String commentId, Action action, String reason, String moderator, Instant occurredAt)
        implements CommentEvent {

    public static final String TYPE = "comment.moderated";

    public CommentModerated {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** What a comment's status becomes. */
    public enum Action {
        PUBLISH("published"), HIDE("hidden"), SPAM("spam"), RESTORE("new");

        private final String status;

        Action(String status) {
            this.status = status;
        }

        public String status() {
            return status;
        }
    }
}
