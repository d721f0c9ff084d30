package cn.hongqi.feedback.portal.delegate;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page for delegates; Spring Security handles the post and the logout. */
@Controller
class DelegateLoginController {

    @GetMapping(PortalSecurityConfig.LOGIN_PAGE)
    String login() {
        return "delegate-login";
    }
}
