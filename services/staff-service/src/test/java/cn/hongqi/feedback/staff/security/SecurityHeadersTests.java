package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.staff.StaffIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Every answer, page or API, logged in or not, carries the headers that keep scripts and frames out. */
@StaffIntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAndTheApiForbidInlineScriptFramingSniffingAndFullReferrers() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[]{get("/login"),
                get("/search").with(user("reader").roles("STAFF")), get("/api/v1/staff/comments"), get("/no-such-page")}) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                            containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
                            not(containsString("script-src 'self' 'unsafe")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
    }
}
