package cn.hongqi.feedback.portal.comment;

import cn.hongqi.feedback.portal.PortalIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies that are too large or not text, sent over a real socket as a client would. */
@PortalIntegrationTest
class RequestBodyIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void aJsonBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = postJson(HttpRequest.BodyPublishers.ofString(comment("字".repeat(20_000))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(reason(response)).isEqualTo("body.too-large");
    }

    @Test
    void aChunkedJsonBodyWithoutALengthIsStoppedAtTheLimitToo() throws Exception {
        byte[] body = comment("字".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = postJson(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(reason(response)).isEqualTo("body.too-large");
    }

    @Test
    void bytesThatAreNotUtf8AreABadRequestThatSaysSo() throws Exception {
        byte[] gbk = comment("加装电梯").getBytes("GBK");

        HttpResponse<String> response = postJson(HttpRequest.BodyPublishers.ofByteArray(gbk));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reason(response)).isEqualTo("encoding.invalid");
    }

    @Test
    void malformedJsonSaysSo() throws Exception {
        HttpResponse<String> response = postJson(HttpRequest.BodyPublishers.ofString("{\"sectionKey\":"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reason(response)).isEqualTo("json.malformed");
        assertThat(response.body()).doesNotContain("at com.fasterxml", "Exception");
    }

    @Test
    void aFormOverTheLimitIs413() throws Exception {
        String form = "consent=true&text=" + URLEncoder.encode("字".repeat(20_000), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sections/3.5/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> postJson(HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/comments"))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String reason(HttpResponse<String> response) throws Exception {
        JsonNode problem = json.readTree(response.body());
        return problem.path("reason").asText();
    }

    private static String comment(String text) {
        return "{\"sectionKey\":\"3.5\",\"text\":\"" + text + "\",\"role\":\"citizen\"}";
    }
}
