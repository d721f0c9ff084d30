package cn.hongqi.feedback.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml, checked where there is no Docker: in the build and in CI. */
class ComposeFileTest {

    private final Path root = ConfigurationNames.repositoryRoot();
    private final String compose = ConfigurationNames.read(root.resolve("docker-compose.yml"));
    private final String nginx = ConfigurationNames.read(root.resolve("infra/nginx/nginx.conf"));
    private final String prometheus = ConfigurationNames.read(root.resolve("infra/prometheus/prometheus.yml"));
    private final ComposeFileCheck check = new ComposeFileCheck(root);

    @Test
    void theRepositoryFilesAreValidAndConsistent() {
        assertThat(check.check(compose, nginx, prometheus)).isEmpty();
    }

    @Test
    void aKeyTheSpecificationDoesNotKnowIsRefused() {
        String broken = replaceOnce(compose, "    depends_on:\n      kafka: {condition: service_healthy}\n\n  staff:",
                "    depend_on:\n      kafka: {condition: service_healthy}\n\n  staff:");
        assertThat(check.check(broken, nginx, prometheus)).anyMatch(problem -> problem.startsWith("schema:") && problem.contains("depend_on"));
    }

    @Test
    void aDependencyOnAServiceThatIsNotThereIsRefused() {
        String broken = replaceOnce(compose, "      kafka-3: {condition: service_healthy}\n      es-1:", "      kafka-4: {condition: service_healthy}\n      es-1:");
        assertThat(check.check(broken, nginx, prometheus)).contains("portal-1 depends on kafka-4, which is not a service");
    }

    @Test
    void aServiceWithoutAHealthcheckIsRefused() {
        String broken = replaceOnce(compose, "      - kafka-1-data:/var/lib/kafka/data\n    healthcheck: *kafka-healthcheck\n",
                "      - kafka-1-data:/var/lib/kafka/data\n");
        assertThat(check.check(broken, nginx, prometheus)).contains("kafka-1 has no healthcheck: nothing can wait for it to be ready");
    }

    @Test
    void aVariableTheServiceDoesNotReadIsRefused() {
        String broken = replaceOnce(compose, "      FEEDBACK_INDEXER_ADDRESS: 0.0.0.0\n",
                "      FEEDBACK_INDEXER_ADDRESS: 0.0.0.0\n      FEEDBACK_KAFKA_BOOTSTRAP_SERVER: kafka:9092\n");
        assertThat(check.check(broken, nginx, prometheus))
                .contains("indexer sets FEEDBACK_KAFKA_BOOTSTRAP_SERVER, which indexer-service does not read");
    }

    @Test
    void anUpstreamOrATargetThatIsNotAServiceOrNotItsPortIsRefused() {
        String brokenNginx = replaceOnce(nginx, "server portal-2:8080", "server portal-3:8080");
        String brokenPrometheus = replaceOnce(prometheus, "\"indexer-2:8082\"", "\"indexer-2:8081\"");
        assertThat(check.check(compose, brokenNginx, brokenPrometheus)).contains(
                "nginx upstream names portal-3, which is not a service",
                "Prometheus job indexer sends to indexer-2:8081, which listens on 8082");
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).as("the text to break").contains(from);
        return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }
}
