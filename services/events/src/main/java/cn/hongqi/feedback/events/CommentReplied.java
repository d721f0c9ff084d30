package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The official reply to a comment, shown with it once it is published.
 *
 * @param author the office that answers, as citizens should see it (e.g. 区住建局)
 * @param staff  the account that wrote it, for the audit log
 */
public record CommentReplied(String commentId, String text, String author, String staff, Instant occurredAt)
        implements CommentEvent {

    public static final String TYPE = "comment.replied";

    public CommentReplied {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
