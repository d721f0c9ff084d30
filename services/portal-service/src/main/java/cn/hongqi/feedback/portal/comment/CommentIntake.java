package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.Role;
import cn.hongqi.feedback.portal.report.ReportCatalog;
import cn.hongqi.feedback.report.Section;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether a comment can be accepted and, if so, turns it into a {@code comment.submitted}
 * event. The receipt exists only once {@link CommentPublisher} reports Kafka's acknowledgement.
 */
@Service
class CommentIntake {

    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_DISPLAY_NAME_LENGTH = 50;

    private final ReportCatalog catalog;
    private final CommentPublisher publisher;
    private final SubmissionRateLimit rateLimit;
    private final RepeatedComments repeats;
    private final Clock clock;

    CommentIntake(ReportCatalog catalog, CommentPublisher publisher, SubmissionRateLimit rateLimit,
                  RepeatedComments repeats, Clock clock) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.rateLimit = rateLimit;
        this.repeats = repeats;
        this.clock = clock;
    }

    /** Only a valid, new comment costs the client a token: fixing a mistake is never rate-limited. */
    Receipt submit(CommentRequest request, SubmissionRateLimit.Client client) {
        CommentSubmitted event = validate(request);
        RepeatedComments.Claim claim = repeats.claim(client, event.sectionKey(), event.text());
        try {
            rateLimit.take(client);
            publisher.publish(event);
        } catch (RuntimeException notKept) {
            claim.release();
            throw notKept;
        }
        return new Receipt(event.commentId(), event.receipt());
    }

    private CommentSubmitted validate(CommentRequest request) {
        if (SubmittedText.hasControlCharacters(request.text()) || SubmittedText.hasControlCharacters(request.displayName())) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "text.control-characters", "text");
        }
        String text = request.text() == null ? "" : SubmittedText.withoutInvisibles(request.text()).strip();
        if (text.isEmpty()) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "text.blank", "text");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "text.too-long", "text");
        }
        Role role = Role.parse(request.role())
                .orElseThrow(() -> new CommentRejectedException(HttpStatus.BAD_REQUEST, "role.invalid", "role"));
        if (role == Role.DELEGATE) {
            throw new CommentRejectedException(HttpStatus.FORBIDDEN, "role.delegate-login-required", "role");
        }
        if (!Boolean.TRUE.equals(request.consent())) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "consent.missing", "consent");
        }
        if (request.sectionKey() != null && catalog.retired(request.sectionKey()).isPresent()) {
            throw new CommentRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "section.retired", "sectionKey");
        }
        Section section = Optional.ofNullable(request.sectionKey()).flatMap(catalog::section)
                .orElseThrow(() -> new CommentRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "section.unknown", "sectionKey"));
        String anchorId = blankToNull(request.anchorId());
        if (anchorId != null && section.anchors().noneMatch(anchor -> anchor.id().equals(anchorId))) {
            throw new CommentRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "anchor.unknown", "anchorId");
        }
        String displayName = SubmittedText.withoutInvisibles(request.displayName());
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        if (displayName != null && displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "display-name.too-long", "displayName");
        }
        return new CommentSubmitted(UUID.randomUUID().toString(), Receipt.newNumber(), catalog.report().orElseThrow().id(),
                section.key(), anchorId, text, role, displayName, clock.instant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
