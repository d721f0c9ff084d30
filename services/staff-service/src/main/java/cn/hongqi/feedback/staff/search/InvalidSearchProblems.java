package cn.hongqi.feedback.staff.search;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidSearchException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(invalid.messageKey(), null, LocaleContextHolder.getLocale()));
        problem.setProperty("reason", invalid.messageKey());
        return problem;
    }
}
