package cn.hongqi.feedback.indexer.comment;

/**
 * Elasticsearch could not take a batch now (down, overloaded, timing out). The batch is retried
 * with back-off and never sent to the dead-letter topic: the records are fine, the index is not.
 */
class IndexUnavailableException extends RuntimeException {

    IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
