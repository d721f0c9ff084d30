package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.accounts.AccountLogUnavailableException;
import cn.hongqi.feedback.accounts.AccountRejectedException;
import cn.hongqi.feedback.staff.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the account APIs answer a refused change: a problem with the reason's key and its text. */
@RestControllerAdvice(assignableTypes = {DelegateApiController.class, StaffAccountApiController.class})
class AccountApiProblems {

    private final MessageSource messages;

    AccountApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(AccountRejectedException rejection) {
        HttpStatus status = switch (rejection.messageKey()) {
            case "account.unknown" -> HttpStatus.NOT_FOUND;
            case "account.username.taken" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return Problems.refused(status, rejection.messageKey(), messages);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(AccountLogUnavailableException unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        messages.getMessage("accounts.unavailable", null, LocaleContextHolder.getLocale())));
    }
}
