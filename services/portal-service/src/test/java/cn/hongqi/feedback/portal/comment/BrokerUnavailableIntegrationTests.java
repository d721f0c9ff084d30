package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalTestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report is loaded, then the broker goes away: nothing is acknowledged, the client is told to
 * retry and keeps its text.
 */
@SpringBootTest(properties = {
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=1500",
        "feedback.portal.publish-timeout=3s"})
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 6, topics = "feedback.comment-events")
@Import(PortalTestEnvironment.class)
@ActiveProfiles("test")
@DirtiesContext
class BrokerUnavailableIntegrationTests {

    private static boolean brokerStopped;

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void stopTheBroker() {
        if (!brokerStopped) {
            broker.destroy();
            brokerStopped = true;
        }
    }

    @Test
    void theApiAnswers503WithRetryAfterAndNoReceipt() throws Exception {
        mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"sectionKey":"3.7","text":"建议增加社区老年助餐点。","role":"citizen","consent":true}"""))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.reason").value("intake.unavailable"))
                .andExpect(jsonPath("$.receipt").doesNotExist());
    }

    @Test
    void theFormIsShownAgainWithTheCitizensTextKept() throws Exception {
        mvc.perform(post("/sections/3.7/comments").with(FormSession.openedForm(mvc, "3.7")).param("text", "建议增加社区老年助餐点。").param("consent", "true"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("系统繁忙，意见尚未保存")))
                .andExpect(content().string(containsString(">建议增加社区老年助餐点。</textarea>")));
    }
}
