package cn.hongqi.feedback.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

/**
 * A service's OpenAPI document is three things: what the controllers say (operations, parameters,
 * schemas), what is written once for the whole API in {@code openapi/document.json} (title, security
 * schemes, the problem schema) and the examples in {@code openapi/examples.json}, kept as data
 * because long Chinese bodies make the controllers' annotations unreadable.
 */
@AutoConfiguration
class ApiDocumentsAutoConfiguration {

    static final String DOCUMENT = "openapi/document.json";
    static final String EXAMPLES = "openapi/examples.json";

    @Bean
    OpenAPI apiDocument() {
        return JsonResources.read(new ClassPathResource(DOCUMENT), OpenAPI.class);
    }

    @Bean
    OpenApiCustomizer apiExamples() {
        return new OperationExamples(JsonResources.read(new ClassPathResource(EXAMPLES), OperationExamples.Examples.class));
    }
}
