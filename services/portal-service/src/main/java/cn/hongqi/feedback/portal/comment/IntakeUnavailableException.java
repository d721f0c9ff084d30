package cn.hongqi.feedback.portal.comment;

/** Kafka did not acknowledge the comment in time: nothing was accepted and the client should retry. */
class IntakeUnavailableException extends RuntimeException {

    private final boolean withdrawn;

    /** @param withdrawn whether the comment may have reached the log and a withdrawal was sent after it */
    IntakeUnavailableException(Throwable cause, boolean withdrawn) {
        super("the comment log did not acknowledge the comment", cause);
        this.withdrawn = withdrawn;
    }

    boolean withdrawn() {
        return withdrawn;
    }
}
