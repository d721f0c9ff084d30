package cn.hongqi.feedback.accounts;

import cn.hongqi.feedback.events.Account;
import cn.hongqi.feedback.events.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.serializer.SerializationUtils;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One compacted account topic as event-carried state: every start reads it from its first offset
 * into an {@link AccountDirectory}, and a saved change returns only once that directory shows it,
 * so the admin's next page is up to date.
 */
public class AccountLog<A extends Account> implements MessageListener<String, A> {

    private static final Logger log = LoggerFactory.getLogger(AccountLog.class);

    private final Topic<String, A> topic;
    private final AccountDirectory<A> directory;
    private final KafkaTemplate<String, A> template;
    private final Duration publishTimeout;

    public AccountLog(Topic<String, A> topic, AccountDirectory<A> directory, Map<String, Object> producerProperties, Duration publishTimeout) {
        this.topic = topic;
        this.directory = directory;
        this.template = topic.acknowledgedTemplate(producerProperties);
        this.publishTimeout = publishTimeout;
    }

    /** The container that keeps the directory up to date; a bean, so the context starts and stops it. */
    public ConcurrentMessageListenerContainer<String, A> listener(Map<String, Object> consumerProperties) {
        ConcurrentMessageListenerContainer<String, A> container = topic.replayingListenerFactory(consumerProperties)
                .createContainer(new TopicPartitionOffset(topic.name(), 0, 0L));
        container.setupMessageListener(this);
        return container;
    }

    @Override
    public void onMessage(ConsumerRecord<String, A> record) {
        if (record.value() == null && record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null) {
            log.warn("Skipped an unreadable record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            directory.seen(record.offset());
            return;
        }
        directory.accept(record.key(), record.value(), record.offset());
    }

    A save(A account) {
        try {
            SendResult<String, A> sent = template.send(topic.name(), account.username(), account)
                    .get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!directory.awaitOffset(sent.getRecordMetadata().offset(), publishTimeout)) {
                throw new AccountLogUnavailableException("saved, but this service has not read it back yet", null);
            }
            return account;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new AccountLogUnavailableException("the account log did not acknowledge the change", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccountLogUnavailableException("interrupted", e);
        }
    }

    A existing(String username) {
        return directory.find(username).orElseThrow(() -> new AccountRejectedException("account.unknown"));
    }

    boolean taken(String username) {
        return directory.find(username).isPresent();
    }
}
