package cn.hongqi.feedback.delegates;

/** An account change refused for a reason the admin can fix; {@link #messageKey()} names it. */
public class DelegateRejectedException extends RuntimeException {

    private final String messageKey;

    DelegateRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
