package cn.hongqi.feedback.delegates;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;

/**
 * Gives a service the delegate accounts as event-carried state: the topic, a listener that reads
 * it from the start into a {@link DelegateDirectory}, and a {@link DelegateRegistry} to change them.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(DelegateLogProperties.class)
public class DelegatesAutoConfiguration {

    @Bean
    DelegateDirectory delegateDirectory() {
        return new DelegateDirectory();
    }

    @Bean
    DelegateLogListener delegateLogListener(DelegateDirectory directory) {
        return new DelegateLogListener(directory);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, DelegateAccount> delegateLogListenerFactory(KafkaProperties kafka) {
        return Topics.DELEGATES.replayingListenerFactory(kafka.buildConsumerProperties());
    }

    @Bean
    NewTopic delegatesTopic(DelegateLogProperties properties) {
        return Topics.DELEGATES.definition(properties.topicReplicas());
    }

    @Bean
    DelegateRegistry delegateRegistry(KafkaProperties kafka, DelegateDirectory directory, DelegateLogProperties properties) {
        return new DelegateRegistry(Topics.DELEGATES.acknowledgedTemplate(kafka.buildProducerProperties()), directory, new BCryptPasswordEncoder(), properties, Clock.systemUTC());
    }
}
