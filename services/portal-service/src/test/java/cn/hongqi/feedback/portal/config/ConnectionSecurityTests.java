package cn.hongqi.feedback.portal.config;

import cn.hongqi.feedback.index.CommentIndexAutoConfiguration;
import com.sun.net.httpserver.HttpServer;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's own application.yml with the connection settings an operator gives in the
 * environment, on Boot's Kafka and Elasticsearch auto-configuration: what the clients would be
 * built with, without a broker or a cluster.
 */
class ConnectionSecurityTests {

    private static final List<String> SECURITY_KEYS = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config",
            "ssl.truststore.location", "ssl.truststore.password");

    @Test
    void scramOverTlsReachesTheProducerTheConsumerAndTheAdmin() {
        try (ConfigurableApplicationContext context = start(
                "FEEDBACK_KAFKA_SECURITY_PROTOCOL=SASL_SSL",
                "FEEDBACK_KAFKA_SASL_MECHANISM=SCRAM-SHA-512",
                "FEEDBACK_KAFKA_SASL_USERNAME=feedback-portal",
                "FEEDBACK_KAFKA_SASL_PASSWORD=p\"ss\\word",
                "FEEDBACK_KAFKA_TRUSTSTORE_LOCATION=/etc/feedback/kafka-ca.p12",
                "FEEDBACK_KAFKA_TRUSTSTORE_PASSWORD=trust-me")) {
            for (Map<String, Object> client : clients(context)) {
                assertThat(client)
                        .containsEntry("security.protocol", "SASL_SSL")
                        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                        .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"feedback-portal\" password=\"p\\\"ss\\\\word\";")
                        .containsEntry("ssl.truststore.location", "/etc/feedback/kafka-ca.p12")
                        .containsEntry("ssl.truststore.password", "trust-me");
            }
        }
    }

    @Test
    void unsetLeavesThePlaintextClientsAsTheyWere() {
        try (ConfigurableApplicationContext context = start()) {
            for (Map<String, Object> client : clients(context)) {
                assertThat(client).doesNotContainKeys(SECURITY_KEYS.toArray(String[]::new));
            }
            ElasticsearchProperties elasticsearch = context.getBean(ElasticsearchProperties.class);
            assertThat(elasticsearch.getUsername()).isNull();
            assertThat(elasticsearch.getRestclient().getSsl().getBundle()).isNull();
        }
    }

    @Test
    void aSaslLoginWithoutASaslProtocolStopsTheStart() {
        assertThatThrownBy(() -> start("FEEDBACK_KAFKA_SASL_MECHANISM=SCRAM-SHA-512", "FEEDBACK_KAFKA_SASL_USERNAME=portal").close())
                .hasMessageContaining("FEEDBACK_KAFKA_SECURITY_PROTOCOL=SASL_SSL");
    }

    @Test
    void elasticsearchGetsBasicAuthAndTrustsTheGivenCertificateAuthority() throws Exception {
        String certificate = new ClassPathResource("connection-security/test-ca.pem").getFile().getAbsolutePath();
        try (ConfigurableApplicationContext context = start(
                "FEEDBACK_ELASTICSEARCH_USERNAME=feedback",
                "FEEDBACK_ELASTICSEARCH_PASSWORD=secret",
                "FEEDBACK_ELASTICSEARCH_CA_CERTIFICATE=" + certificate)) {
            ElasticsearchProperties elasticsearch = context.getBean(ElasticsearchProperties.class);
            assertThat(elasticsearch.getUsername()).isEqualTo("feedback");
            assertThat(elasticsearch.getPassword()).isEqualTo("secret");
            assertThat(elasticsearch.getRestclient().getSsl().getBundle()).isEqualTo("feedback-elasticsearch");
            assertThat(context.getBean(SslBundles.class).getBundle("feedback-elasticsearch").getStores().getTrustStore().size())
                    .isEqualTo(1);
        }
    }

    @Test
    void anElasticsearchApiKeyIsSentWithEveryRequest() throws IOException {
        AtomicReference<String> authorization = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (ConfigurableApplicationContext context = start(
                "FEEDBACK_ELASTICSEARCH_URIS=http://127.0.0.1:" + server.getAddress().getPort(),
                "FEEDBACK_ELASTICSEARCH_API_KEY=a2V5OnNlY3JldA==")) {
            context.getBean(RestClient.class).performRequest(new Request("HEAD", "/"));
            assertThat(authorization).hasValue("ApiKey a2V5OnNlY3JldA==");
        } finally {
            server.stop(0);
        }
    }

    private static List<Map<String, Object>> clients(ConfigurableApplicationContext context) {
        return List.of(
                context.getBean(KafkaProperties.class).buildProducerProperties(),
                context.getBean(KafkaProperties.class).buildConsumerProperties(),
                context.getBean(ProducerFactory.class).getConfigurationProperties(),
                context.getBean(ConsumerFactory.class).getConfigurationProperties(),
                context.getBean(KafkaAdmin.class).getConfigurationProperties());
    }

    // Imported as auto-configurations, so that their ordering (the comment mapper before Boot's) holds.
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({KafkaAutoConfiguration.class, SslAutoConfiguration.class, ElasticsearchRestClientAutoConfiguration.class,
            ElasticsearchClientAutoConfiguration.class, CommentIndexAutoConfiguration.class})
    static class Clients {
    }

    private static ConfigurableApplicationContext start(String... environment) {
        return new SpringApplicationBuilder(Clients.class)
                .web(WebApplicationType.NONE)
                .properties(environment)
                .run();
    }
}
