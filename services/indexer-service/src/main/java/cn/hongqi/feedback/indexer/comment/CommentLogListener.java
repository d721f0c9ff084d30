package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.observation.Observation;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Consumes the comment log in batches. A batch returns (and its offsets are committed) only once
 * every comment in it is in Elasticsearch. A record that can never be indexed is handed to the
 * error handler by position, which parks it on the dead-letter topic and moves on; an index that
 * is unavailable makes the whole batch wait and retry.
 */
@Component
class CommentLogListener {

    private static final Logger log = LoggerFactory.getLogger(CommentLogListener.class);
    private static final LogAccessor HEADER_LOG = new LogAccessor(LogFactory.getLog(CommentLogListener.class));
    private static final String LISTENER_ID = "comment-indexer";

    private final CommentDocuments documents;
    private final CommentIndexWriter writer;
    private final IndexingMeters meters;
    private final RecordTraces traces;

    CommentLogListener(CommentDocuments documents, CommentIndexWriter writer, IndexingMeters meters, RecordTraces traces) {
        this.documents = documents;
        this.writer = writer;
        this.meters = meters;
        this.traces = traces;
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{T(cn.hongqi.feedback.events.Topics).COMMENT_EVENTS.name()}",
            containerFactory = "commentEventListenerFactory", autoStartup = "${feedback.indexer.listen:true}")
    void onBatch(List<ConsumerRecord<String, CommentEvent>> records) {
        List<Observation> received = records.stream().map(record -> traces.received(record, LISTENER_ID)).toList();
        try {
            index(records, received);
        } finally {
            received.forEach(Observation::stop);
        }
    }

    private void index(List<ConsumerRecord<String, CommentEvent>> records, List<Observation> received) {
        List<CommentEvent> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Unindexable firstUnindexable = null;
        for (int position = 0; position < records.size(); position++) {
            ConsumerRecord<String, CommentEvent> record = records.get(position);
            if (record.value() == null) {
                DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(
                        record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, HEADER_LOG);
                firstUnindexable = earliest(firstUnindexable, new Unindexable(position, unreadable != null ? unreadable
                        : new UnindexableCommentException("record without a value at offset " + record.offset())));
                continue;
            }
            events.add(record.value());
            positions.add(position);
        }
        List<CommentDocuments.Change> batch = documents.changes(events, CommentIndex.ALIAS);
        List<BulkResponseItem> outcomes = writer.write(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            BulkResponseItem outcome = outcomes.get(i);
            if (outcome.error() == null) {
                applied(outcome.id(), batch.get(i), received.get(positions.get(i)));
                continue;
            }
            if (CommentIndexWriter.unavailable(outcome)) {
                throw new IndexUnavailableException("Elasticsearch answered " + outcome.status() + " for comment " + outcome.id(), null);
            }
            firstUnindexable = earliest(firstUnindexable, new Unindexable(positions.get(i), new UnindexableCommentException(
                    "Elasticsearch refused comment " + outcome.id() + ": " + outcome.error().type() + ": " + outcome.error().reason())));
        }
        log.info("Applied {} comment changes from {} records", batch.size(), records.size());
        if (firstUnindexable != null) {
            throw new BatchListenerFailedException(firstUnindexable.cause().getMessage(), firstUnindexable.cause(),
                    records.get(firstUnindexable.position()));
        }
    }

    /** Logged in the record's trace, so the portal's request and this line share a trace id. */
    private void applied(String commentId, CommentDocuments.Change change, Observation trace) {
        try (Observation.Scope scope = trace.openScope()) {
            log.info("Indexed a change to comment {}", commentId);
        }
        if (change.sentiment() != null) {
            meters.indexed(change.sentiment().sectionKey(), change.sentiment().label());
        }
    }

    /** Only the earliest failure is reported: the error handler commits what precedes it and replays what follows. */
    private static Unindexable earliest(Unindexable known, Unindexable found) {
        return known == null || found.position() < known.position() ? found : known;
    }

    private record Unindexable(int position, Exception cause) {
    }
}
