package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens posting comments to the portal's API, and what staff would find of them in the index. */
final class CommentTraffic {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommentTraffic() {
    }

    /** A word no other test writes, to find this test's comments among all others. */
    static String marker(String prefix) {
        return prefix + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    static HttpResponse<String> post(ServiceProcess portal, String text) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/comments")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                            .put("sectionKey", "3.5").put("text", text).put("role", "citizen").put("consent", true).toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the portal stopped answering", e);
        }
    }

    static String commentId(HttpResponse<String> accepted) throws IOException {
        return JSON.readTree(accepted.body()).get("commentId").asText();
    }

    /** The ids of the comments with this marker that staff would see: neither withdrawn nor partial. */
    static Set<String> indexedComments(String marker) throws Exception {
        String query = JSON.createObjectNode().put("size", 10_000).set("query", JSON.readTree("""
                {"bool":{"filter":[{"match_phrase":{"text":"%s"}}],"must_not":[{"term":{"status":"withdrawn"}}]}}""".formatted(marker)))
                .toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(ElasticsearchNode.shared().uri() + "/comments/_search?filter_path=hits.hits._id"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        JSON.readTree(response.body()).path("hits").path("hits").forEach((JsonNode hit) -> ids.add(hit.get("_id").asText()));
        return ids;
    }
}
