package cn.hongqi.feedback.reportlog;

import cn.hongqi.feedback.events.ReportPublished;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Clock;
import java.util.Map;

/**
 * Gives a service the report as event-carried state: the report topic, a listener that reads it
 * from the start, the resulting {@link PublishedReports}, and a {@link ReportImporter}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(ReportLogProperties.class)
public class ReportLogAutoConfiguration {

    private static final String LARGEST_REPORT_BYTES = "8388608";

    @Bean
    PublishedReports publishedReports() {
        return new PublishedReports();
    }

    @Bean
    ReportLogListener reportLogListener(PublishedReports reports) {
        return new ReportLogListener(reports);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, ReportPublished> reportLogListenerFactory(KafkaProperties kafka) {
        Map<String, Object> properties = kafka.buildConsumerProperties();
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.valueOf(LARGEST_REPORT_BYTES));
        return Topics.REPORTS.replayingListenerFactory(properties);
    }

    @Bean
    NewTopic reportsTopic(ReportLogProperties properties) {
        return Topics.REPORTS.definition(properties.topicReplicas());
    }

    @Bean
    ReportLogPosition reportLogPosition(KafkaAdmin admin, PublishedReports reports) {
        return new ReportLogPosition(admin, reports, Clock.systemUTC());
    }

    @Bean
    ReportImporter reportImporter(KafkaProperties kafka, ReportLogPosition position, PublishedReports reports, ReportLogProperties properties) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.valueOf(LARGEST_REPORT_BYTES));
        return new ReportImporter(Topics.REPORTS.acknowledgedTemplate(producer), position, reports, properties, Clock.systemUTC());
    }
}
