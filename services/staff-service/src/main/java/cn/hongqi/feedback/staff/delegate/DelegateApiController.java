package cn.hongqi.feedback.staff.delegate;

import cn.hongqi.feedback.delegates.DelegateDirectory;
import cn.hongqi.feedback.delegates.DelegateLogUnavailableException;
import cn.hongqi.feedback.delegates.DelegateRegistry;
import cn.hongqi.feedback.delegates.DelegateRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/staff/delegates}: delegate accounts, for ADMIN staff over HTTP Basic. */
@RestController
class DelegateApiController {

    private final DelegateRegistry registry;
    private final DelegateDirectory directory;
    private final MessageSource messages;

    DelegateApiController(DelegateRegistry registry, DelegateDirectory directory, MessageSource messages) {
        this.registry = registry;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/api/v1/staff/delegates")
    List<DelegateView> all() {
        return directory.all().stream().map(DelegateView::of).toList();
    }

    /** The answer holds the one-time password; it is shown nowhere else, ever. */
    @PostMapping("/api/v1/staff/delegates")
    @ResponseStatus(HttpStatus.CREATED)
    DelegateView open(@RequestBody DelegateRequest request, Authentication admin) {
        return DelegateView.issued(registry.open(request.username(), request.displayName(), request.delegation(), admin.getName()));
    }

    @PostMapping("/api/v1/staff/delegates/{username}/password")
    DelegateView resetPassword(@PathVariable String username, Authentication admin) {
        return DelegateView.issued(registry.resetPassword(username, admin.getName()));
    }

    @PostMapping("/api/v1/staff/delegates/{username}/close")
    DelegateView close(@PathVariable String username, Authentication admin) {
        return DelegateView.of(registry.close(username, admin.getName()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(DelegateRejectedException rejection) {
        HttpStatus status = switch (rejection.messageKey()) {
            case "delegate.unknown" -> HttpStatus.NOT_FOUND;
            case "delegate.username.taken" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(rejection.messageKey(), null, LocaleContextHolder.getLocale()));
        problem.setProperty("reason", rejection.messageKey());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(DelegateLogUnavailableException unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        messages.getMessage("delegates.unavailable", null, LocaleContextHolder.getLocale())));
    }
}
