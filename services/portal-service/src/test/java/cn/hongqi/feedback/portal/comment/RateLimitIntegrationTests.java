package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
@TestPropertySource(properties = {
        "feedback.portal.rate-limit.per-address.capacity=3", "feedback.portal.rate-limit.per-address.refill-every=1h",
        "feedback.portal.rate-limit.per-session.capacity=1", "feedback.portal.rate-limit.per-session.refill-every=1h"})
class RateLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndAFormKeepsItsText() throws Exception {
        RequestPostProcessor browser = FormSession.openedForm(mvc, "3.5");

        mvc.perform(post("/sections/3.5/comments").with(browser).param("text", "第一条意见").param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sections/3.5/comments").with(browser).param("text", "第二条意见").param("consent", "true"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("提交过于频繁")))
                .andExpect(content().string(containsString(">第二条意见</textarea>")));

        mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                {"sectionKey":"3.5","text":"接口一","role":"citizen","consent":true}""")).andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                {"sectionKey":"3.5","text":"接口二","role":"citizen","consent":true}""")).andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.5","text":"接口三","role":"citizen","consent":true}"""))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.reason").value("rate.limited"));
    }

    @Test
    void invalidRequestsCostNothing() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                    {"sectionKey":"3.5","text":" ","role":"citizen","consent":true}""")).andExpect(status().isBadRequest());
        }
    }
}
