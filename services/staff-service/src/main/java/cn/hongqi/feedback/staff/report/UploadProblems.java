package cn.hongqi.feedback.staff.report;

import cn.hongqi.feedback.staff.Problems;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the servlet container cannot even take apart: no boundary, a file name with a NUL, or
 * too large. This happens before any controller is chosen, so the advice applies to all of them,
 * and it comes first so that the oversized case is told in the caller's language too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final MessageSource messages;

    UploadProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(MultipartException unreadable) {
        if (unreadable instanceof MaxUploadSizeExceededException) {
            return Problems.refused(HttpStatus.PAYLOAD_TOO_LARGE, "upload.too-large", messages);
        }
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return Problems.refused(HttpStatus.BAD_REQUEST, "upload.file-name-invalid", messages);
            }
        }
        return Problems.refused(HttpStatus.BAD_REQUEST, "upload.malformed", messages);
    }
}
