package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.events.Role;
import cn.hongqi.feedback.portal.delegate.SignedInDelegate;
import cn.hongqi.feedback.portal.report.ReportCatalog;
import cn.hongqi.feedback.report.Anchor;
import cn.hongqi.feedback.report.Section;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A section of the report with its comment form. A refused comment re-shows the form with the
 * citizen's text kept and the reason next to it; an accepted one leads to the receipt page. Every
 * form carries a {@link FormGuard} token for this browser.
 */
@Controller
class CommentPageController {

    static final String VIEW_SECTION = "section";
    static final String VIEW_RECEIPT = "receipt";
    /** Identifies a browser session for its rate limit and its form tokens; it carries nothing else. */
    static final String CLIENT_COOKIE = "feedback-client";
    /** A field people never see; bots that fill in every field fill it too. */
    static final String HONEYPOT = "website";

    private final ReportCatalog catalog;
    private final CommentIntake intake;
    private final PublishedComments published;
    private final FormGuard guard;
    private final SignedInDelegate signedIn;
    private final IntakeMeters meters;

    CommentPageController(ReportCatalog catalog, CommentIntake intake, PublishedComments published, FormGuard guard,
                          SignedInDelegate signedIn, IntakeMeters meters) {
        this.catalog = catalog;
        this.intake = intake;
        this.published = published;
        this.guard = guard;
        this.signedIn = signedIn;
        this.meters = meters;
    }

    /** {@code ?anchor=…} opens the form on one point of the section. */
    @GetMapping("/sections/{key}")
    String section(@PathVariable String key, @RequestParam(required = false) String anchor,
                   @CookieValue(name = CLIENT_COOKIE, required = false) String client, Model model, HttpServletResponse response) {
        String browser = client;
        if (browser == null) {
            browser = UUID.randomUUID().toString();
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(CLIENT_COOKIE, browser)
                    .path("/").httpOnly(true).sameSite("Lax").build().toString());
        }
        return render(key, CommentForm.empty().onAnchor(anchor), browser, model);
    }

    @PostMapping("/sections/{key}/comments")
    String submit(@PathVariable String key, @ModelAttribute CommentForm form, Model model,
                  @CookieValue(name = CLIENT_COOKIE, required = false) String client,
                  @RequestParam(name = "formToken", required = false) String formToken,
                  @RequestParam(name = HONEYPOT, required = false) String honeypot,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response,
                  Authentication authentication) {
        if (!form.consented()) {
            return refuse(HttpStatus.BAD_REQUEST, "rejection.consent.missing", key, form, client, model, response);
        }
        try {
            guard.check(client, formToken, honeypot);
            Optional<DelegateAccount> delegate = signedIn.of(authentication);
            String role = (delegate.isPresent() ? Role.DELEGATE : Role.CITIZEN).wireName();
            Receipt receipt = intake.submit(new CommentRequest(key, form.anchorId(), form.text(), role, form.displayName(),
                    form.contact(), true), Receipt.random(), new SubmissionRateLimit.Client(request.getRemoteAddr(), client), delegate,
                    IntakeMeters.Channel.FORM);
            redirect.addFlashAttribute("receipt", receipt);
            redirect.addFlashAttribute("sectionKey", key);
            return "redirect:/receipt";
        } catch (CommentRejectedException rejection) {
            return refuse(rejection.status(), rejection.messageKey(), key, form, client, model, response);
        } catch (IntakeUnavailableException unavailable) {
            return refuse(HttpStatus.SERVICE_UNAVAILABLE, "rejection.intake.unavailable", key, form, client, model, response);
        }
    }

    /** Shown once after a submission; a reload has no receipt to show and goes back to the report. */
    @GetMapping("/receipt")
    String receipt(Model model) {
        return model.containsAttribute("receipt") ? VIEW_RECEIPT : "redirect:/";
    }

    private String refuse(HttpStatus status, String messageKey, String key, CommentForm form, String client, Model model,
                          HttpServletResponse response) {
        meters.rejected(messageKey);
        response.setStatus(status.value());
        model.addAttribute("rejection", messageKey);
        return render(key, form, client, model);
    }

    /** Without the cookie there is nothing to sign for; the refusal then asks the citizen to allow cookies. */
    private String render(String key, CommentForm form, String client, Model model) {
        if (catalog.retired(key).isPresent()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        Section section = catalog.section(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", catalog.report().orElseThrow());
        model.addAttribute("section", section);
        model.addAttribute("anchor", section.anchors().filter(anchor -> anchor.id().equals(form.anchorId())).findFirst().orElse(null));
        model.addAttribute("commentForm", form);
        model.addAttribute("formToken", client == null ? "" : guard.issue(client));
        model.addAttribute("maxTextLength", CommentIntake.MAX_TEXT_LENGTH);
        model.addAttribute("maxContactLength", CommentIntake.MAX_CONTACT_LENGTH);
        model.addAttribute("published", published.on(key).orElse(null));
        model.addAttribute("phrases", section.anchors().collect(Collectors.toMap(Anchor::id, Anchor::phrase)));
        return VIEW_SECTION;
    }
}
