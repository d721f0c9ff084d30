package cn.hongqi.feedback.staff.moderation;

/** A decision or reply refused for a reason the moderator can fix; the message is a message key. */
class ModerationRejectedException extends RuntimeException {

    ModerationRejectedException(String messageKey) {
        super(messageKey);
    }
}
