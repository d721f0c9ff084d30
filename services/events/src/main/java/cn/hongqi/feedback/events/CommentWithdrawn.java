package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment that must not count. The portal writes it when Kafka did not acknowledge a submission
 * in time: the submitter was told it failed and holds no receipt, yet the record may have reached
 * the log, and a comment nobody holds a receipt for must not reach staff.
 */
public record CommentWithdrawn(String commentId, Reason reason, Instant occurredAt) implements CommentEvent {

    public static final String TYPE = "comment.withdrawn";

    public CommentWithdrawn {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public enum Reason {
        /** The submitter was told the comment was not taken. */
        NOT_ACKNOWLEDGED
    }
}
