package cn.hongqi.feedback.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Credentials and trust for Kafka and Elasticsearch, from the environment alone.
 *
 * <p>Every service builds its Kafka clients from Boot's {@code KafkaProperties} and its
 * Elasticsearch client from Boot's auto-configuration, so setting {@code spring.*} properties here
 * reaches all of them. It is done in code rather than with placeholders in each
 * {@code application.yml} because an unset placeholder would still leave a key behind (an empty
 * {@code sasl.jaas.config}, an empty truststore path) where today's plaintext setup has none, and
 * because a JAAS line must quote the password it carries.
 */
public class ConnectionSecurity implements EnvironmentPostProcessor, Ordered {

    public static final String KAFKA_SECURITY_PROTOCOL = "FEEDBACK_KAFKA_SECURITY_PROTOCOL";
    public static final String KAFKA_SASL_MECHANISM = "FEEDBACK_KAFKA_SASL_MECHANISM";
    public static final String KAFKA_SASL_USERNAME = "FEEDBACK_KAFKA_SASL_USERNAME";
    public static final String KAFKA_SASL_PASSWORD = "FEEDBACK_KAFKA_SASL_PASSWORD";
    public static final String KAFKA_TRUSTSTORE_LOCATION = "FEEDBACK_KAFKA_TRUSTSTORE_LOCATION";
    public static final String KAFKA_TRUSTSTORE_PASSWORD = "FEEDBACK_KAFKA_TRUSTSTORE_PASSWORD";
    public static final String KAFKA_TRUSTSTORE_TYPE = "FEEDBACK_KAFKA_TRUSTSTORE_TYPE";
    public static final String ELASTICSEARCH_USERNAME = "FEEDBACK_ELASTICSEARCH_USERNAME";
    public static final String ELASTICSEARCH_PASSWORD = "FEEDBACK_ELASTICSEARCH_PASSWORD";
    public static final String ELASTICSEARCH_CA_CERTIFICATE = "FEEDBACK_ELASTICSEARCH_CA_CERTIFICATE";
    /** Read by the search-index module, which adds it as a header: Boot 3.5 has no property for it. */
    public static final String ELASTICSEARCH_API_KEY = "FEEDBACK_ELASTICSEARCH_API_KEY";

    static final String ELASTICSEARCH_SSL_BUNDLE = "feedback-elasticsearch";

    private static final Map<String, String> LOGIN_MODULES = Map.of(
            "SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule");
    private static final Set<String> SASL_PROTOCOLS = Set.of("SASL_SSL", "SASL_PLAINTEXT");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new LinkedHashMap<>();
        kafka(environment, properties);
        elasticsearch(environment, properties);
        if (!properties.isEmpty()) {
            // First, so that an explicit spring.* property (a test's, an operator's) cannot be half-overridden.
            environment.getPropertySources().addFirst(new MapPropertySource("feedbackConnectionSecurity", properties));
        }
    }

    private static void kafka(ConfigurableEnvironment environment, Map<String, Object> properties) {
        String protocol = value(environment, KAFKA_SECURITY_PROTOCOL);
        String mechanism = value(environment, KAFKA_SASL_MECHANISM);
        String username = value(environment, KAFKA_SASL_USERNAME);
        if (protocol != null) {
            properties.put("spring.kafka.security.protocol", protocol);
        }
        if (mechanism != null || username != null) {
            // A SASL login under PLAINTEXT or SSL is ignored by the client without a word: say so at start.
            if (protocol == null || !SASL_PROTOCOLS.contains(protocol)) {
                throw new IllegalStateException(KAFKA_SASL_MECHANISM + " and " + KAFKA_SASL_USERNAME + " need "
                        + KAFKA_SECURITY_PROTOCOL + "=SASL_SSL (or SASL_PLAINTEXT), not " + protocol);
            }
            String module = LOGIN_MODULES.get(mechanism);
            if (module == null || username == null) {
                throw new IllegalStateException(KAFKA_SASL_MECHANISM + " must be one of " + LOGIN_MODULES.keySet()
                        + " with " + KAFKA_SASL_USERNAME + " and " + KAFKA_SASL_PASSWORD + " set; got " + mechanism);
            }
            properties.put("spring.kafka.properties.sasl.mechanism", mechanism);
            properties.put("spring.kafka.properties.sasl.jaas.config", module + " required username=" + quoted(username)
                    + " password=" + quoted(environment.getProperty(KAFKA_SASL_PASSWORD, "")) + ";");
        }
        String truststore = value(environment, KAFKA_TRUSTSTORE_LOCATION);
        if (truststore != null) {
            properties.put("spring.kafka.ssl.trust-store-location", asResource(truststore));
            putIfSet(environment, KAFKA_TRUSTSTORE_PASSWORD, "spring.kafka.ssl.trust-store-password", properties);
            putIfSet(environment, KAFKA_TRUSTSTORE_TYPE, "spring.kafka.ssl.trust-store-type", properties);
        }
    }

    private static void elasticsearch(ConfigurableEnvironment environment, Map<String, Object> properties) {
        putIfSet(environment, ELASTICSEARCH_USERNAME, "spring.elasticsearch.username", properties);
        putIfSet(environment, ELASTICSEARCH_PASSWORD, "spring.elasticsearch.password", properties);
        String certificate = value(environment, ELASTICSEARCH_CA_CERTIFICATE);
        if (certificate != null) {
            properties.put("spring.ssl.bundle.pem." + ELASTICSEARCH_SSL_BUNDLE + ".truststore.certificate", asResource(certificate));
            properties.put("spring.elasticsearch.restclient.ssl.bundle", ELASTICSEARCH_SSL_BUNDLE);
        }
    }

    private static void putIfSet(ConfigurableEnvironment environment, String variable, String property, Map<String, Object> properties) {
        String value = value(environment, variable);
        if (value != null) {
            properties.put(property, value);
        }
    }

    private static String value(ConfigurableEnvironment environment, String variable) {
        String value = environment.getProperty(variable);
        return StringUtils.hasText(value) ? value.trim() : null;
    }

    // Operators give paths (a mounted secret); Boot resolves bare paths against the classpath.
    private static String asResource(String path) {
        return path.contains(":") ? path : "file:" + path;
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public int getOrder() {
        // After application.yml is loaded (ConfigData runs at HIGHEST_PRECEDENCE + 10), before anything binds.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
