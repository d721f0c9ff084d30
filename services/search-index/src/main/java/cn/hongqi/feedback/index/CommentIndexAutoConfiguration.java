package cn.hongqi.feedback.index;

import cn.hongqi.feedback.events.ConnectionSecurity;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.message.BasicHeader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Gives every service that reads or writes comments the same JSON mapping of
 * {@link CommentDocument}: timestamps as ISO-8601 strings, absent fields left out.
 */
@AutoConfiguration(before = ElasticsearchClientAutoConfiguration.class)
@EnableConfigurationProperties(IndexLayout.class)
public class CommentIndexAutoConfiguration {

    @Bean
    JsonpMapper commentJsonpMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new JacksonJsonpMapper(mapper);
    }

    /** Boot 3.5 has no property for an Elasticsearch API key; it travels as a default header instead. */
    @Bean
    RestClientBuilderCustomizer elasticsearchApiKey(Environment environment) {
        String apiKey = environment.getProperty(ConnectionSecurity.ELASTICSEARCH_API_KEY, "").trim();
        return builder -> {
            if (!apiKey.isEmpty()) {
                builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + apiKey)});
            }
        };
    }

    @Bean
    CommentIndex commentIndex(ElasticsearchClient client, IndexLayout layout) {
        return new CommentIndex(client, layout);
    }
}
