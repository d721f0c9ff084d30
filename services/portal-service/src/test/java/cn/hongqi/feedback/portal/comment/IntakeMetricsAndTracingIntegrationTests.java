package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.portal.PortalIntegrationTest;
import cn.hongqi.feedback.testsupport.Prometheus;
import cn.hongqi.feedback.testsupport.Traces;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an operator sees of the intake: its meters at {@code /actuator/prometheus}, read without a
 * login, and the trace of each comment, from the HTTP request to the {@code traceparent} header of
 * its record on the comment log.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeMetricsAndTracingIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ACCEPTED = "feedback_comments_accepted_total";
    private static final String REJECTED = "feedback_comments_rejected_total";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ObjectMapper json;

    @Test
    void theEndpointAnswersWithoutALoginAndNamesTheIntakeMeters() {
        Prometheus.Scrape scrape = Prometheus.scrape(port);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.samples(ACCEPTED, "channel=\"api\"")).hasSize(1);
        assertThat(scrape.samples(ACCEPTED, "channel=\"form\"")).hasSize(1);
        assertThat(scrape.body()).contains("feedback_comments_publish_seconds_bucket{", "http_server_requests_seconds");
    }

    @Test
    void acceptedCommentsAreCountedByChannelAndTimedToTheAcknowledgementAndRefusalsByReason() throws Exception {
        Prometheus.Scrape before = Prometheus.scrape(port);

        assertThat(postJson(comment("3.7", "建议增加社区老年助餐点 " + UUID.randomUUID()), null).statusCode()).isEqualTo(202);
        mvc.perform(post("/sections/3.6/comments").with(FormSession.openedForm(mvc, "3.6"))
                        .param("text", "扫黑除恶要常抓不懈 " + UUID.randomUUID()).param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/comments").contentType(MediaType.APPLICATION_JSON).content(comment("3.7", " ")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/sections/3.6/comments").with(FormSession.openedForm(mvc, "3.6")).param("text", "没有同意隐私说明"))
                .andExpect(status().isBadRequest());

        Prometheus.Scrape after = Prometheus.scrape(port);
        assertThat(after.sum(ACCEPTED, "channel=\"api\"")).isEqualTo(before.sum(ACCEPTED, "channel=\"api\"") + 1);
        assertThat(after.sum(ACCEPTED, "channel=\"form\"")).isEqualTo(before.sum(ACCEPTED, "channel=\"form\"") + 1);
        assertThat(after.sum("feedback_comments_publish_seconds_count")).isEqualTo(before.sum("feedback_comments_publish_seconds_count") + 2);
        assertThat(after.sum(REJECTED, "reason=\"text.blank\"")).isEqualTo(before.sum(REJECTED, "reason=\"text.blank\"") + 1);
        assertThat(after.sum(REJECTED, "reason=\"consent.missing\"")).isEqualTo(before.sum(REJECTED, "reason=\"consent.missing\"") + 1);
    }

    @Test
    void theTraceThePortalLogsACommentInTravelsWithItsRecord(CapturedOutput output) throws Exception {
        String commentId = json.readTree(postJson(comment("3.5", "支持加装电梯 " + UUID.randomUUID()), null).body())
                .get("commentId").asText();

        List<String> logged = Traces.loggedWith(output.getOut(), "Comment " + commentId + " acknowledged");

        assertThat(logged).singleElement().asString().matches("[0-9a-f]{32}");
        assertThat(traceIdOfRecord(commentId)).isEqualTo(logged.get(0));
    }

    @Test
    void aCallerWhoseRequestIsPartOfATraceFindsItsCommentInThatTrace() throws Exception {
        Traces.Traceparent caller = Traces.Traceparent.random();

        String commentId = json.readTree(postJson(comment("3.5", "老旧小区改造 " + UUID.randomUUID()), caller.header()).body())
                .get("commentId").asText();

        assertThat(traceIdOfRecord(commentId)).isEqualTo(caller.traceId());
    }

    private String traceIdOfRecord(String commentId) {
        List<ConsumerRecord<String, CommentEvent>> records = CommentLog.recordsWithKey(broker, commentId, Duration.ofSeconds(3));
        assertThat(records).hasSize(1);
        Header header = records.get(0).headers().lastHeader("traceparent");
        assertThat(header).as("the record's traceparent header").isNotNull();
        return Traces.traceId(header.value());
    }

    private HttpResponse<String> postJson(String body, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/comments"))
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String comment(String sectionKey, String text) {
        return """
                {"sectionKey":"%s","text":"%s","role":"citizen","consent":true}""".formatted(sectionKey, text);
    }

}
