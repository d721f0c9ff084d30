package cn.hongqi.feedback.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One case of the bad-input corpus: what is sent to which surface, and how the service must answer.
 * The fields of {@code input} and {@code expect} are described in {@code bad-input/README.md}.
 */
public record BadInput(String id, String category, String surface, JsonNode input, JsonNode expect) {

    /** {@code input.text} repeated {@code input.repeat} times: sizes without megabyte lines in the data file. */
    public String text() {
        return input.path("text").asText("").repeat(input.path("repeat").asInt(1));
    }

    public boolean has(String field) {
        return input.has(field);
    }

    /** An input field as text, or null when the case does not set it. */
    public String string(String field) {
        JsonNode value = input.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public String string(String field, String otherwise) {
        String value = string(field);
        return value == null ? otherwise : value;
    }

    /** The raw body or file content: {@code <field>Base64} for bytes that are not UTF-8, else {@code <field>} as UTF-8. */
    public byte[] bytes(String field) {
        if (input.has(field + "Base64")) {
            return Base64.getDecoder().decode(input.get(field + "Base64").asText());
        }
        return string(field, "").getBytes(StandardCharsets.UTF_8);
    }

    public int status() {
        return expect.path("status").asInt();
    }

    public boolean accepted() {
        return status() < 400;
    }

    /** The {@code reason} a refusal's problem body must carry, for the surfaces that answer with one. */
    public Optional<String> reason() {
        return Optional.ofNullable(expect.get("reason")).map(JsonNode::asText);
    }

    /** A fragment of the human message the answer must contain. */
    public Optional<String> message() {
        return Optional.ofNullable(expect.get("message")).map(JsonNode::asText);
    }

    /**
     * How an accepted text is kept: {@code expect.stored}, or the text with its outer white space
     * stripped; unknown for a raw body that names no stored text.
     */
    public Optional<String> stored() {
        JsonNode stored = expect.get("stored");
        if (stored != null) {
            return Optional.of(stored.asText());
        }
        return has("body") || has("bodyBase64") ? Optional.empty() : Optional.of(text().strip());
    }

    /** An expected value beyond the status, e.g. the CSV cell or the report id an upload becomes. */
    public String expected(String field) {
        JsonNode value = expect.get(field);
        return value == null ? null : value.asText();
    }

    @Override
    public String toString() {
        return id + " [" + category + "]";
    }
}
