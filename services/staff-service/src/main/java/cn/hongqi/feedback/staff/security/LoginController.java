package cn.hongqi.feedback.staff.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String VIEW_LOGIN = "login";

    @GetMapping("/login")
    String login() {
        return VIEW_LOGIN;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/search";
    }
}
