package cn.hongqi.feedback.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Puts each operation's examples, found by operation id, on its request body and on its responses.
 * An example for an operation, a body or a status the controllers do not document fails the
 * document instead of vanishing, so examples cannot outlive what they illustrate.
 *
 * <p>A request example and a response example of the same name belong together: sending the first
 * gets the second. The contract tests rely on this pairing.
 */
class OperationExamples implements OpenApiCustomizer {

    /** By operation id. */
    static class Examples extends LinkedHashMap<String, OperationExample> {
    }

    /** @param responses examples by status, then by name */
    record OperationExample(Map<String, Example> request, Map<String, Map<String, Example>> responses) {
    }

    private final Examples examples;

    OperationExamples(Examples examples) {
        this.examples = examples;
    }

    @Override
    public void customise(OpenAPI api) {
        Set<String> unused = new HashSet<>(examples.keySet());
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            OperationExample example = examples.get(operation.getOperationId());
            if (example != null) {
                unused.remove(operation.getOperationId());
                attach(operation, example);
            }
        }));
        if (!unused.isEmpty()) {
            throw new IllegalStateException("examples for operations the API does not have: " + unused);
        }
    }

    private static void attach(Operation operation, OperationExample example) {
        if (example.request() != null) {
            if (operation.getRequestBody() == null) {
                throw new IllegalStateException(operation.getOperationId() + " takes no body, yet has request examples");
            }
            put(operation.getOperationId() + " request", operation.getRequestBody().getContent(), example.request());
        }
        if (example.responses() != null) {
            example.responses().forEach((status, byName) -> {
                ApiResponse response = operation.getResponses().get(status);
                if (response == null) {
                    throw new IllegalStateException(operation.getOperationId() + " does not document " + status + ", yet has examples of it");
                }
                put(operation.getOperationId() + " " + status, response.getContent(), byName);
            });
        }
    }

    private static void put(String what, Content content, Map<String, Example> byName) {
        if (content == null || content.isEmpty()) {
            throw new IllegalStateException(what + " has no content to show examples of");
        }
        content.values().forEach(media -> byName.forEach(media::addExamples));
    }
}
