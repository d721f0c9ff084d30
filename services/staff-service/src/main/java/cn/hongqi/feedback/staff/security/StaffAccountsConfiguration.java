package cn.hongqi.feedback.staff.security;

import cn.hongqi.feedback.accounts.AccountDirectory;
import cn.hongqi.feedback.accounts.AccountLog;
import cn.hongqi.feedback.accounts.AccountLogProperties;
import cn.hongqi.feedback.accounts.StaffRegistry;
import cn.hongqi.feedback.events.StaffAccount;
import cn.hongqi.feedback.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Comparator;

/**
 * Staff accounts as event-carried state on their own compacted topic, which only this service
 * reads. The configured administrator is not on it: it exists before any account does.
 */
@Configuration(proxyBeanMethods = false)
class StaffAccountsConfiguration {

    @Bean
    AccountDirectory<StaffAccount> staffDirectory() {
        return new AccountDirectory<>(Comparator.comparing(StaffAccount::role).reversed().thenComparing(StaffAccount::username));
    }

    @Bean
    AccountLog<StaffAccount> staffLog(AccountDirectory<StaffAccount> directory, KafkaProperties kafka, AccountLogProperties properties) {
        return new AccountLog<>(Topics.STAFF_ACCOUNTS, directory, kafka.buildProducerProperties(), properties.publishTimeout());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, StaffAccount> staffLogListener(AccountLog<StaffAccount> log, KafkaProperties kafka) {
        return log.listener(kafka.buildConsumerProperties());
    }

    @Bean
    NewTopic staffAccountsTopic(AccountLogProperties properties) {
        return Topics.STAFF_ACCOUNTS.definition(properties.topicReplicas());
    }

    @Bean
    StaffRegistry staffRegistry(AccountLog<StaffAccount> log, PasswordEncoder passwords, StaffAccountProperties admin) {
        return new StaffRegistry(log, passwords, Clock.systemUTC(), admin.username());
    }
}
