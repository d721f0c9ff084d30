package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen or delegate submitted a comment on a section of the report. Once this event is
 * acknowledged by Kafka, the submitter holds {@link #receipt()} and the comment must reach staff.
 *
 * @param anchorId    the lead phrase or paragraph inside the section, or {@code null} for the whole section
 * @param displayName the name the submitter chose to show, or {@code null} when anonymous
 */
public record CommentSubmitted(
        String commentId,
        String receipt,
        String reportId,
        String sectionKey,
        String anchorId,
        String text,
        Role role,
        String displayName,
        Instant occurredAt) implements CommentEvent {

    public static final String TYPE = "comment.submitted";

    public CommentSubmitted {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(sectionKey, "sectionKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
