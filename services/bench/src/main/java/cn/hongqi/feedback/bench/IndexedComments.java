package cn.hongqi.feedback.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What the comments alias holds of the comments with one marker: the view staff search reads. */
final class IndexedComments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 10_000;

    /** One document: the number of the comment it was made from, and whether staff can see it. */
    record Document(long number, boolean visible) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final URI elasticsearch;

    IndexedComments(String elasticsearch) {
        this.elasticsearch = URI.create(elasticsearch);
    }

    /** Comments with the marker that a search finds now, withdrawn ones left out. */
    long visible(String marker) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", JSON.readTree("""
                {"bool":{"filter":[{"match_phrase":{"text":%s}}],"must_not":[{"term":{"status":"withdrawn"}}]}}"""
                .formatted(JSON.writeValueAsString(marker))));
        return post("/comments/_count", body).path("count").asLong();
    }

    /** Every document with the marker, by comment id, withdrawn ones included. */
    Map<String, Document> all(String marker) throws IOException, InterruptedException {
        Map<String, Document> documents = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode().put("size", PAGE);
            body.set("query", JSON.readTree("{\"match_phrase\":{\"text\":%s}}".formatted(JSON.writeValueAsString(marker))));
            body.set("sort", JSON.readTree("[{\"commentId\":\"asc\"}]"));
            body.set("_source", JSON.readTree("[\"text\",\"status\"]"));
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = post("/comments/_search", body).path("hits").path("hits");
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                documents.put(hit.get("_id").asText(), new Document(SampleComments.numberOf(source.path("text").asText()),
                        !"withdrawn".equals(source.path("status").asText())));
                after = hit.get("sort");
            }
            if (hits.size() < PAGE) {
                return documents;
            }
        }
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(elasticsearch.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
