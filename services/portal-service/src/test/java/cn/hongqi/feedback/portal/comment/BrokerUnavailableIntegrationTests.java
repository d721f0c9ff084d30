package cn.hongqi.feedback.portal.comment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.net.ServerSocket;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With no broker listening, nothing is acknowledged: the client is told to retry and keeps its text. */
@SpringBootTest(properties = {
        "spring.kafka.admin.auto-create=false",
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=1500",
        "feedback.portal.publish-timeout=3s"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BrokerUnavailableIntegrationTests {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void deadBroker(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            int closedPort = socket.getLocalPort();
            registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
        }
    }

    @Test
    void theApiAnswers503WithRetryAfterAndNoReceipt() throws Exception {
        mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.7","text":"建议增加社区老年助餐点。","role":"citizen"}"""))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.reason").value("intake.unavailable"))
                .andExpect(jsonPath("$.receipt").doesNotExist());
    }

    @Test
    void theFormIsShownAgainWithTheCitizensTextKept() throws Exception {
        mvc.perform(post("/sections/3.7/comments").param("text", "建议增加社区老年助餐点。").param("consent", "true"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("系统繁忙，意见尚未保存")))
                .andExpect(content().string(containsString(">建议增加社区老年助餐点。</textarea>")));
    }
}
