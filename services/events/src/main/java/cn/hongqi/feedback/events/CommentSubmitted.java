package cn.hongqi.feedback.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen or delegate submitted a comment on a section of the report. Once this event is
 * acknowledged by Kafka, the submitter holds {@link #receipt()} and the comment must reach staff.
 *
 * @param anchorId    the lead phrase or paragraph inside the section, or {@code null} for the whole section
 * @param displayName   the name the submitter chose to show, or {@code null} when anonymous; a
 *                      delegate's is the name of their account
 * @param delegation    the delegate's delegation (e.g. 东街街道代表团), {@code null} for citizens
 * @param sealedContact how to reach the submitter, sealed by {@link ContactSeal}: personal data
 *                      never travels or rests in plain text; {@code null} when none was given
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
        String delegation,
        String sealedContact,
        Instant occurredAt,
        int schemaVersion) implements CommentEvent {

    public static final String TYPE = "comment.submitted";
    /** Version 2 added {@code delegation} and {@code sealedContact}. */
    public static final int SCHEMA_VERSION = 2;

    /** A submission written now, in the current schema version. */
    public CommentSubmitted(String commentId, String receipt, String reportId, String sectionKey, String anchorId,
                            String text, Role role, String displayName, String delegation, String sealedContact,
                            Instant occurredAt) {
        this(commentId, receipt, reportId, sectionKey, anchorId, text, role, displayName, delegation, sealedContact,
                occurredAt, SCHEMA_VERSION);
    }

    /** A citizen's submission without contact details, written now. */
    public CommentSubmitted(String commentId, String receipt, String reportId, String sectionKey, String anchorId,
                            String text, String displayName, Instant occurredAt) {
        this(commentId, receipt, reportId, sectionKey, anchorId, text, Role.CITIZEN, displayName, null, null, occurredAt);
    }

    public CommentSubmitted {
        schemaVersion = schemaVersion == 0 ? 1 : schemaVersion;
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(sectionKey, "sectionKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (role == Role.DELEGATE && delegation == null) {
            throw new IllegalArgumentException("a delegate's comment names the delegation");
        }
    }
}
