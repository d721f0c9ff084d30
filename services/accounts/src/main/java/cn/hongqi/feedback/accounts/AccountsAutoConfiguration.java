package cn.hongqi.feedback.accounts;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;
import java.util.Comparator;

/**
 * Gives a service the delegate accounts as event-carried state (the topic, a listener that reads
 * it from the start into an {@link AccountDirectory}, and a {@link DelegateRegistry} to change
 * them) and a {@link LoginThrottle} for every login the service takes.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(AccountLogProperties.class)
public class AccountsAutoConfiguration {

    @Bean
    AccountDirectory<DelegateAccount> delegateDirectory() {
        return new AccountDirectory<>(Comparator.comparing(DelegateAccount::delegation).thenComparing(DelegateAccount::username));
    }

    @Bean
    AccountLog<DelegateAccount> delegateLog(AccountDirectory<DelegateAccount> directory, KafkaProperties kafka, AccountLogProperties properties) {
        return new AccountLog<>(Topics.DELEGATES, directory, kafka.buildProducerProperties(), properties.publishTimeout());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, DelegateAccount> delegateLogListener(AccountLog<DelegateAccount> log, KafkaProperties kafka) {
        return log.listener(kafka.buildConsumerProperties());
    }

    @Bean
    NewTopic delegatesTopic(AccountLogProperties properties) {
        return Topics.DELEGATES.definition(properties.topicReplicas());
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    DelegateRegistry delegateRegistry(AccountLog<DelegateAccount> log) {
        return new DelegateRegistry(log, new BCryptPasswordEncoder(), Clock.systemUTC());
    }
}
