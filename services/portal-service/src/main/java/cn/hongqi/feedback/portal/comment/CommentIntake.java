package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.ContactSeal;
import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.events.Role;
import cn.hongqi.feedback.portal.report.ReportCatalog;
import cn.hongqi.feedback.report.Section;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a comment can be accepted and, if so, turns it into a {@code comment.submitted}
 * event. The receipt exists only once {@link CommentPublisher} reports Kafka's acknowledgement.
 */
@Service
class CommentIntake {

    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_DISPLAY_NAME_LENGTH = 50;
    static final int MAX_CONTACT_LENGTH = 100;

    private final ReportCatalog catalog;
    private final CommentPublisher publisher;
    private final SubmissionRateLimit rateLimit;
    private final RepeatedComments repeats;
    private final ContactSeal contactSeal;
    private final IntakeMeters meters;
    private final Clock clock;

    CommentIntake(ReportCatalog catalog, CommentPublisher publisher, SubmissionRateLimit rateLimit,
                  RepeatedComments repeats, ContactSeal contactSeal, IntakeMeters meters, Clock clock) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.rateLimit = rateLimit;
        this.repeats = repeats;
        this.contactSeal = contactSeal;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Only a valid, new comment costs the client a token: fixing a mistake is never rate-limited.
     *
     * @param delegate the delegate signed in on this request, if any: the only way to comment as one
     * @param channel  counted here rather than by the caller, so a replayed idempotent request is not counted twice
     */
    Receipt submit(CommentRequest request, Receipt receipt, SubmissionRateLimit.Client client, Optional<DelegateAccount> delegate,
                   IntakeMeters.Channel channel) {
        CommentSubmitted event = validate(request, receipt, delegate);
        RepeatedComments.Claim claim = repeats.claim(client, event.sectionKey(), event.text());
        try {
            rateLimit.take(client);
            publisher.publish(event);
        } catch (RuntimeException notKept) {
            claim.release();
            throw notKept;
        }
        meters.accepted(channel);
        return new Receipt(event.commentId(), event.receipt());
    }

    private CommentSubmitted validate(CommentRequest request, Receipt receipt, Optional<DelegateAccount> delegate) {
        if (!catalog.upToDate()) {
            throw new IntakeUnavailableException(new IllegalStateException("the report log is still being read"), false);
        }
        if (Stream.of(request.text(), request.displayName(), request.contact()).anyMatch(SubmittedText::hasUnpairedSurrogates)) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, "encoding.invalid", "text");
        }
        if (SubmittedText.hasControlCharacters(request.text()) || SubmittedText.hasControlCharacters(request.displayName())
                || SubmittedText.hasControlCharacters(request.contact())) {
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
        if (role == Role.DELEGATE && delegate.isEmpty()) {
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
        String displayName = optional(request.displayName(), MAX_DISPLAY_NAME_LENGTH, "display-name.too-long", "displayName");
        String contact = optional(request.contact(), MAX_CONTACT_LENGTH, "contact.too-long", "contact");
        String commentId = receipt.commentId();
        String sealedContact = contact == null ? null : contactSeal.seal(commentId, contact);
        if (role == Role.DELEGATE) {
            DelegateAccount account = delegate.orElseThrow();
            return new CommentSubmitted(commentId, receipt.number(), catalog.report().orElseThrow().id(), section.key(),
                    anchorId, text, role, account.displayName(), account.delegation(), sealedContact, clock.instant());
        }
        return new CommentSubmitted(commentId, receipt.number(), catalog.report().orElseThrow().id(), section.key(),
                anchorId, text, role, displayName, null, sealedContact, clock.instant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String optional(String value, int maxLength, String reason, String field) {
        String cleaned = blankToNull(SubmittedText.withoutInvisibles(value));
        if (cleaned == null) {
            return null;
        }
        String stripped = cleaned.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new CommentRejectedException(HttpStatus.BAD_REQUEST, reason, field);
        }
        return stripped;
    }
}
