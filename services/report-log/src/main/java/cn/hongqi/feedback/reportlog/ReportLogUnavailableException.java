package cn.hongqi.feedback.reportlog;

/** Kafka did not take a report version, or could not be read; nothing was imported. */
public class ReportLogUnavailableException extends RuntimeException {

    ReportLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
