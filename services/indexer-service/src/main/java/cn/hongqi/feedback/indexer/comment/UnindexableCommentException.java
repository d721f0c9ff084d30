package cn.hongqi.feedback.indexer.comment;

/** A record that can never be indexed, whatever is retried; it goes to the dead-letter topic. */
class UnindexableCommentException extends RuntimeException {

    UnindexableCommentException(String message) {
        super(message);
    }
}
