package cn.hongqi.feedback.portal.receipt;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.UncheckedIOException;

/** Where a citizen enters a receipt number and sees what became of the comment. */
@Controller
class ReceiptController {

    static final String VIEW_STATUS = "receipt-status";

    private final ReceiptLookup lookup;

    ReceiptController(ReceiptLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/receipts")
    String status(@RequestParam(name = "number", required = false) String number, Model model, HttpServletResponse response) {
        model.addAttribute("number", number == null ? "" : number.strip());
        if (number != null && !number.isBlank()) {
            try {
                lookup.find(number).ifPresentOrElse(comment -> model.addAttribute("comment", comment),
                        () -> model.addAttribute("notFound", true));
            } catch (UncheckedIOException unavailable) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                model.addAttribute("unavailable", true);
            }
        }
        return VIEW_STATUS;
    }
}
