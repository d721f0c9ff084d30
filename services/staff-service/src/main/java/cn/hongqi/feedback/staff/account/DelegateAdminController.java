package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.DelegateRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.function.Supplier;

/**
 * The administrators' page for delegate accounts. A new or reset password is shown once on the
 * page that issued it, to be handed to the delegate; it is stored nowhere.
 */
@Controller
class DelegateAdminController {

    static final String VIEW_DELEGATES = "admin/delegates";

    private final DelegateRegistry registry;
    private final AccountDirectory<DelegateAccount> directory;

    DelegateAdminController(DelegateRegistry registry, AccountDirectory<DelegateAccount> directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping("/admin/delegates")
    String page(Model model) {
        if (!model.containsAttribute("delegateRequest")) {
            model.addAttribute("delegateRequest", new DelegateRequest("", "", ""));
        }
        model.addAttribute("delegates", directory.all().stream().map(DelegateView::of).toList());
        return VIEW_DELEGATES;
    }

    @PostMapping("/admin/delegates")
    String open(@ModelAttribute DelegateRequest delegateRequest, Authentication admin, Model model, HttpServletResponse response) {
        return change(() -> DelegateView.issued(registry.open(delegateRequest.username(), delegateRequest.displayName(),
                delegateRequest.delegation(), admin.getName())), model, response);
    }

    @PostMapping("/admin/delegates/{username}/password")
    String resetPassword(@PathVariable String username, Authentication admin, Model model, HttpServletResponse response) {
        return change(() -> DelegateView.issued(registry.resetPassword(username, admin.getName())), model, response);
    }

    @PostMapping("/admin/delegates/{username}/close")
    String close(@PathVariable String username, Authentication admin, Model model, HttpServletResponse response) {
        return change(() -> DelegateView.of(registry.close(username, admin.getName())), model, response);
    }

    private String change(Supplier<DelegateView> change, Model model, HttpServletResponse response) {
        AccountPageChange.apply(change, model, response, "delegateRequest", new DelegateRequest("", "", ""));
        return page(model);
    }
}
