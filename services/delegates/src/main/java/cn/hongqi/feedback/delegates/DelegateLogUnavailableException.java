package cn.hongqi.feedback.delegates;

/** Kafka did not take an account change in time: nothing was saved, the admin may retry. */
public class DelegateLogUnavailableException extends RuntimeException {

    DelegateLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
