package cn.hongqi.feedback.portal.comment;

/** Kafka did not acknowledge the comment in time: nothing was accepted and the client should retry. */
class IntakeUnavailableException extends RuntimeException {

    IntakeUnavailableException(Throwable cause) {
        super("the comment log did not acknowledge the comment", cause);
    }
}
