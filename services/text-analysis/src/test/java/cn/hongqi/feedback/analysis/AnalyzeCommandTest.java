package cn.hongqi.feedback.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineGetsOneAnswerAndBadLinesGetAnErrorInsteadOfStoppingTheRun() throws Exception {
        String input = """
                {"id":1,"text":"老旧小区加装电梯做得好，点赞！"}
                not json at all
                {"id":"x2","words":"no text"}

                {"id":3,"text":"   "}
                {"id":4,"text":"请问明珠花园二期什么时候交房？"}
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new AnalyzeCommand(TextAnalyzer.withBundledModel()).run(new StringReader(input), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = bytes.toString(StandardCharsets.UTF_8).lines().map(AnalyzeCommandTest::json).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("label").asText()).isEqualTo("positive");
        assertThat(lines.get(0).fieldNames()).toIterable()
                .contains("label", "score", "confidence", "intent", "keywords", "tokens", "fingerprint");
        assertThat(lines.get(1).get("error").asText()).contains("line 2", "not JSON");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("x2");
        assertThat(lines.get(2).get("error").asText()).contains("no \"text\"");
        assertThat(lines.get(3).get("error").asText()).contains("empty");
        assertThat(lines.get(4).get("intent").asText()).isEqualTo("question");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
