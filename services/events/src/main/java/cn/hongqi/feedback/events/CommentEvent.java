package cn.hongqi.feedback.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * Every event in a comment's life. All of them are keyed by {@link #commentId()} on
 * {@link Topics#COMMENT_EVENTS}, so one comment's events stay in order on one partition.
 * The {@code type} property names the subtype; only the subtypes listed here can be read,
 * which is what keeps a hostile record from choosing an arbitrary class.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CommentSubmitted.class, name = CommentSubmitted.TYPE),
        @JsonSubTypes.Type(value = CommentModerated.class, name = CommentModerated.TYPE),
        @JsonSubTypes.Type(value = CommentReplied.class, name = CommentReplied.TYPE),
        @JsonSubTypes.Type(value = CommentWithdrawn.class, name = CommentWithdrawn.TYPE)
})
public sealed interface CommentEvent permits CommentSubmitted, CommentModerated, CommentReplied, CommentWithdrawn {

    String commentId();

    Instant occurredAt();
}
