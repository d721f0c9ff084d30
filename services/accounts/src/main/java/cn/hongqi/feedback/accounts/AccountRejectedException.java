package cn.hongqi.feedback.accounts;

/** An account change refused for a reason the admin can fix; {@link #messageKey()} names it. */
public class AccountRejectedException extends RuntimeException {

    private final String messageKey;

    AccountRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
