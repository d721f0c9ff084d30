package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.DelegateRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
    private final AccountDirectory<DelegateAccount> directory;

    DelegateApiController(DelegateRegistry registry, AccountDirectory<DelegateAccount> directory) {
        this.registry = registry;
        this.directory = directory;
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
}
