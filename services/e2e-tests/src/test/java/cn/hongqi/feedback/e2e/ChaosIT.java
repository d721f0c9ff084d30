package cn.hongqi.feedback.e2e;

import cn.hongqi.feedback.bench.Chaos;
import cn.hongqi.feedback.bench.ChaosReport;
import cn.hongqi.feedback.bench.Faults;
import cn.hongqi.feedback.testsupport.ElasticsearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./feedback chaos} on the test harness's processes: each service killed in turn, the broker
 * crashed, Elasticsearch stopped for a minute, a backlog built up behind a stopped indexer, and a
 * malformed record in the comment log, each under a steady load. After each, every comment that
 * got a receipt is in the index exactly once, and no comment that did not is visible there.
 */
class ChaosIT {

    private static final Chaos.Settings SETTINGS = new Chaos.Settings(30, 8, Duration.ofSeconds(3), Duration.ofSeconds(15),
            Duration.ofSeconds(60), 3_000, 16, Duration.ofMinutes(3));

    private static KafkaProcess kafka;
    private static Platform platform;

    @BeforeAll
    static void startThePlatformOnABrokerThatCanCrash() throws Exception {
        kafka = KafkaProcess.start();
        // Every client posts from 127.0.0.1; this test is about faults, not the rate limit.
        platform = Platform.start(kafka.bootstrapServers(), Map.of("FEEDBACK_RATE_LIMIT_ADDRESS_CAPACITY", "1000000"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void afterEveryFaultTheIndexHoldsEveryReceiptedCommentOnceAndNothingElse() throws Exception {
        ChaosReport report = new Chaos(new Chaos.Stack(platform.portal.url(""), kafka.bootstrapServers(), ElasticsearchNode.shared().uri()),
                new HarnessFaults(), SETTINGS, System.out).run();
        report.print(System.out);

        assertThat(report.outcomes()).extracting(ChaosReport.Outcome::fault).containsExactly(
                "portal killed (SIGKILL), restarted", "indexer killed (SIGKILL), restarted", "staff killed (SIGKILL), restarted",
                "Kafka broker stopped 15 s", "Elasticsearch stopped 60 s", "indexer stopped, 3000 comments arrive",
                "malformed record in the comment log");
        assertThat(report.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.accepted()).as(outcome.fault()).isPositive();
            assertThat(outcome.whole()).as(outcome.toString()).isTrue();
            assertThat(outcome.recoverySeconds()).as(outcome.fault()).isNotNegative();
        });
        assertThat(report.outcomes().get(3).refused()).as("503s with Retry-After while the broker was down").isPositive();
        assertThat(report.outcomes().get(5).accepted()).as("the backlog").isEqualTo(3_000);
        assertThat(report.outcomes().get(6).detail()).startsWith("dead-letter topic: 1 record(s) parked");
    }

    /** The harness's broker can only crash: stopping it is a SIGKILL too. */
    private static final class HarnessFaults implements Faults {

        @Override
        public void kill(String component) throws Exception {
            if (component.equals("kafka")) {
                kafka.kill();
            } else {
                platform.service(component).kill();
            }
        }

        @Override
        public void stop(String component) throws Exception {
            if (component.equals("kafka")) {
                kafka.kill();
            } else {
                platform.service(component).stop();
            }
        }

        @Override
        public void start(String component) throws Exception {
            if (component.equals("kafka")) {
                kafka.startAgain();
            } else {
                platform.restart(component);
            }
        }

        @Override
        public void freezeElasticsearch() throws Exception {
            ElasticsearchNode.shared().freeze();
        }

        @Override
        public void thawElasticsearch() throws Exception {
            ElasticsearchNode.shared().thaw();
        }
    }
}
