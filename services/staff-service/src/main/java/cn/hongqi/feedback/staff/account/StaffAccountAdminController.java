package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.StaffRegistry;
import cn.hongqi.feedback.events.StaffAccount;
import cn.hongqi.feedback.events.StaffRole;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.function.Supplier;

/** The administrators' page for staff accounts: open, change role, reset password, close. */
@Controller
class StaffAccountAdminController {

    private final StaffRegistry registry;
    private final AccountDirectory<StaffAccount> directory;

    StaffAccountAdminController(StaffRegistry registry, AccountDirectory<StaffAccount> directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping("/admin/staff")
    String page(Model model) {
        if (!model.containsAttribute("staffRequest")) {
            model.addAttribute("staffRequest", new StaffAccountRequest("", "", StaffRole.STAFF.name()));
        }
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("accounts", directory.all().stream().map(StaffAccountView::of).toList());
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    String open(@ModelAttribute StaffAccountRequest staffRequest, Authentication admin, Model model, HttpServletResponse response) {
        return change(() -> StaffAccountView.issued(registry.open(staffRequest.username(), staffRequest.displayName(),
                staffRequest.role(), admin.getName())), model, response);
    }

    @PostMapping("/admin/staff/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam String role, Authentication admin, Model model,
                      HttpServletResponse response) {
        return change(() -> StaffAccountView.of(registry.changeRole(username, role, admin.getName())), model, response);
    }

    @PostMapping("/admin/staff/{username}/password")
    String resetPassword(@PathVariable String username, Authentication admin, Model model, HttpServletResponse response) {
        return change(() -> StaffAccountView.issued(registry.resetPassword(username, admin.getName())), model, response);
    }

    @PostMapping("/admin/staff/{username}/close")
    String close(@PathVariable String username, Authentication admin, Model model, HttpServletResponse response) {
        return change(() -> StaffAccountView.of(registry.close(username, admin.getName())), model, response);
    }

    private String change(Supplier<StaffAccountView> change, Model model, HttpServletResponse response) {
        AccountPageChange.apply(change, model, response, "staffRequest", new StaffAccountRequest("", "", StaffRole.STAFF.name()));
        return page(model);
    }
}
