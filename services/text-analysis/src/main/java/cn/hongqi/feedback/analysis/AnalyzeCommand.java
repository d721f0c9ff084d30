package cn.hongqi.feedback.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * {@code ./feedback analyze}: one JSON object per line in, {@code {"id":…, "text":…}}; one per line
 * out, {@code {"id","label","score","confidence","intent","keywords","tokens","fingerprint","modelVersion"}}.
 * A line that cannot be analysed gets {@code {"id":…, "error":…}} and the next line goes on.
 */
public final class AnalyzeCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextAnalyzer analyzer;

    AnalyzeCommand(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // jieba reports loading its dictionaries on standard output, which is this command's answer.
        System.setOut(System.err);
        new AnalyzeCommand(TextAnalyzer.withBundledModel()).run(new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
        out.flush();
    }

    void run(Reader input, PrintStream out) throws IOException {
        BufferedReader lines = new BufferedReader(input);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                out.println(answer(line, number));
            }
        }
    }

    private String answer(String line, int number) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (IOException notJson) {
            return error(null, "line " + number + " is not JSON");
        }
        JsonNode id = request.isObject() ? request.get("id") : null;
        JsonNode text = request.isObject() ? request.get("text") : null;
        if (text == null || !text.isTextual()) {
            return error(id, "line " + number + " has no \"text\" string");
        }
        if (text.asText().isBlank()) {
            return error(id, "line " + number + " has an empty \"text\"");
        }
        Analysis analysis = analyzer.analyze(text.asText());
        ObjectNode result = JSON.createObjectNode();
        result.set("id", id);
        result.put("label", analysis.label());
        result.put("score", analysis.score());
        result.put("confidence", analysis.confidence());
        result.put("intent", analysis.intent());
        result.set("keywords", JSON.valueToTree(analysis.keywords()));
        result.set("tokens", JSON.valueToTree(analysis.tokens()));
        result.put("fingerprint", analysis.fingerprint());
        result.put("modelVersion", analysis.modelVersion());
        return result.toString();
    }

    private static String error(JsonNode id, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.set("id", id);
        error.put("error", message);
        return error.toString();
    }
}
