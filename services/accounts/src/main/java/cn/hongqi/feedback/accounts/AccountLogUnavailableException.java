package cn.hongqi.feedback.accounts;

/** Kafka did not take an account change in time: nothing was saved, the admin may retry. */
public class AccountLogUnavailableException extends RuntimeException {

    AccountLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
