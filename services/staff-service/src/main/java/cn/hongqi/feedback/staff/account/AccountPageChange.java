package cn.hongqi.feedback.staff.account;

import cn.hongqi.feedback.accounts.AccountLogUnavailableException;
import cn.hongqi.feedback.accounts.AccountRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import java.util.function.Supplier;

/**
 * An account page's answer to a change: the saved account (with its one-time password, once) and
 * an empty form, or the reason it was refused with the admin's input kept.
 */
final class AccountPageChange {

    private AccountPageChange() {
    }

    /** @param form the name of the page's form and the empty form to show once the change is saved */
    static void apply(Supplier<?> change, Model model, HttpServletResponse response, String form, Object emptyForm) {
        try {
            model.addAttribute("changed", change.get());
            model.addAttribute(form, emptyForm);
        } catch (AccountRejectedException rejected) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", rejected.messageKey());
        } catch (AccountLogUnavailableException unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("problem", "accounts.unavailable");
        }
    }
}
