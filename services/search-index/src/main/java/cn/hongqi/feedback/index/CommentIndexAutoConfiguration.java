package cn.hongqi.feedback.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service that reads or writes comments the same JSON mapping of
 * {@link CommentDocument}: timestamps as ISO-8601 strings, absent fields left out.
 */
@AutoConfiguration(before = ElasticsearchClientAutoConfiguration.class)
public class CommentIndexAutoConfiguration {

    @Bean
    JsonpMapper commentJsonpMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new JacksonJsonpMapper(mapper);
    }

    @Bean
    CommentIndex commentIndex(ElasticsearchClient client) {
        return new CommentIndex(client);
    }
}
