package cn.hongqi.feedback.portal.delegate;

import cn.hongqi.feedback.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Citizens' pages and the public API carry the headers that keep scripts and frames out. */
@PortalIntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyAnswerForbidsInlineScriptFramingSniffingAndFullReferrers() throws Exception {
        for (String path : new String[]{"/", "/sections/3.5", "/receipts", "/delegate/login", "/api/v1/report", "/no-such-page"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                            containsString("frame-ancestors 'none'"), not(containsString("script-src 'self' 'unsafe")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
    }
}
