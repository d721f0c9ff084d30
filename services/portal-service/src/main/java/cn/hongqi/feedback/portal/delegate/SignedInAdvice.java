package cn.hongqi.feedback.portal.delegate;

import cn.hongqi.feedback.events.DelegateAccount;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in delegate, if any, on every page, for the masthead and the comment form. */
@ControllerAdvice
class SignedInAdvice {

    private final SignedInDelegate signedIn;

    SignedInAdvice(SignedInDelegate signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("delegate")
    DelegateAccount delegate(Authentication authentication) {
        return signedIn.of(authentication).orElse(null);
    }
}
