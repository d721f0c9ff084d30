package cn.hongqi.feedback.staff.search;

/** A search that cannot be run as asked; {@link #messageKey()} says why in the user's language. */
public class InvalidSearchException extends IllegalArgumentException {

    private final String messageKey;

    InvalidSearchException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
