package cn.hongqi.feedback.staff.search;

import cn.hongqi.feedback.staff.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The search API and the exports answer a search that cannot run with 400 and the reason. */
@RestControllerAdvice(annotations = RestController.class)
class InvalidSearchProblems {

    private final MessageSource messages;

    InvalidSearchProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidSearchException invalid) {
        return Problems.refused(HttpStatus.BAD_REQUEST, invalid.messageKey(), messages);
    }
}
