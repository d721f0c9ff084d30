package cn.hongqi.feedback.portal.comment;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What a browser brings back when it posts the comment form: the cookie it was given and the form's token. */
final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private FormSession() {
    }

    /** Opens the section's page as a new browser would, and returns what to post with. */
    static RequestPostProcessor openedForm(MockMvc mvc, String sectionKey) throws Exception {
        MvcResult page = mvc.perform(get("/sections/" + sectionKey)).andReturn();
        Cookie cookie = page.getResponse().getCookie(CommentPageController.CLIENT_COOKIE);
        Matcher token = TOKEN.matcher(page.getResponse().getContentAsString());
        if (cookie == null || !token.find()) {
            throw new IllegalStateException("the section page gave no cookie or no form token");
        }
        return request -> {
            request.setCookies(cookie);
            request.addParameter("formToken", token.group(1));
            return request;
        };
    }
}
