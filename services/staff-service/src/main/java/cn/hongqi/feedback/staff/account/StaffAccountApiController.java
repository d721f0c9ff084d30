package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.StaffRegistry;
import cn.hongqi.feedback.events.StaffAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/staff/accounts}: staff console accounts, for ADMIN staff over HTTP Basic. */
@RestController
class StaffAccountApiController {

    private final StaffRegistry registry;
    private final AccountDirectory<StaffAccount> directory;

    StaffAccountApiController(StaffRegistry registry, AccountDirectory<StaffAccount> directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping("/api/v1/staff/accounts")
    List<StaffAccountView> all() {
        return directory.all().stream().map(StaffAccountView::of).toList();
    }

    /** The answer holds the one-time password; it is shown nowhere else, ever. */
    @PostMapping("/api/v1/staff/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    StaffAccountView open(@RequestBody StaffAccountRequest request, Authentication admin) {
        return StaffAccountView.issued(registry.open(request.username(), request.displayName(), request.role(), admin.getName()));
    }

    @PostMapping("/api/v1/staff/accounts/{username}/password")
    StaffAccountView resetPassword(@PathVariable String username, Authentication admin) {
        return StaffAccountView.issued(registry.resetPassword(username, admin.getName()));
    }

    @PostMapping("/api/v1/staff/accounts/{username}/role")
    StaffAccountView changeRole(@PathVariable String username, @RequestParam String role, Authentication admin) {
        return StaffAccountView.of(registry.changeRole(username, role, admin.getName()));
    }

    @PostMapping("/api/v1/staff/accounts/{username}/close")
    StaffAccountView close(@PathVariable String username, Authentication admin) {
        return StaffAccountView.of(registry.close(username, admin.getName()));
    }
}
