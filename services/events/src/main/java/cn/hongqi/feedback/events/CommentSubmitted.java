package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen or delegate submitted a comment on a section of the report. Once this event is
 * acknowledged by Kafka, the submitter holds {@link #receipt()} and the comment must reach staff.
 *
 * @param anchorId    the lead phrase or paragraph inside the section, or {@code null} for the whole section
 * @param displayName   the name the submitter chose to show, or {@code null} when anonymous
 * @param schemaVersion the version of this record's schema ({@code schemas/comment-submitted.schema.json});
 *                      records written before it existed read as version 1
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
        Instant occurredAt,
        int schemaVersion) implements CommentEvent {

    public static final String TYPE = "comment.submitted";
    public static final int SCHEMA_VERSION = 1;

    /** A submission written now, in the current schema version. */
    public CommentSubmitted(String commentId, String receipt, String reportId, String sectionKey, String anchorId,
                            String text, Role role, String displayName, Instant occurredAt) {
        this(commentId, receipt, reportId, sectionKey, anchorId, text, role, displayName, occurredAt, SCHEMA_VERSION);
    }

    public CommentSubmitted {
        schemaVersion = schemaVersion == 0 ? 1 : schemaVersion;
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(sectionKey, "sectionKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
