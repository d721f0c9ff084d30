package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./feedback rebuild-index}: the index is a view of the comment log, so a new version is
 * made by replaying the log through today's analysis (a new sentiment model re-reads all history):
 * <ol>
 *   <li>create {@code comments-v{N+1}} beside the live index;</li>
 *   <li>replay the log into it from the first offset, with a progress line;</li>
 *   <li>catch up with what arrived meanwhile, then move the alias in one atomic step;</li>
 *   <li>replay once more up to the log's end, for what the live indexer wrote to the old index just
 *       before the move. Every change is an upsert in log order, so replaying twice is harmless.</li>
 * </ol>
 * The old version is kept until {@code ./feedback drop-index} is told to drop it.
 */
@Component
class RebuildIndex {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final CommentIndex index;
    private final CommentDocuments documents;
    private final CommentIndexWriter writer;
    private final LogReplay replay;
    private final RebuildMeters meters;

    RebuildIndex(CommentIndex index, CommentDocuments documents, CommentIndexWriter writer, LogReplay replay, RebuildMeters meters) {
        this.index = index;
        this.documents = documents;
        this.writer = writer;
        this.replay = replay;
        this.meters = meters;
    }

    /** What a rebuild did: the indexes before and after, and what it could not apply. */
    record Outcome(String previous, String rebuilt, long applied, long unreadable, List<String> refused) {
    }

    Outcome run(PrintStream out) throws InterruptedException {
        index.ensureExists();
        String previous = index.liveIndex();
        String rebuilt = index.createNextVersion();
        out.println("Rebuilding " + previous + " as " + rebuilt + " by replaying the comment log through model "
                + documents.modelVersion() + "…");
        Tally tally = new Tally();
        try (Consumer<String, CommentEvent> consumer = replay.commentLog()) {
            Progress progress = new Progress(out, meters);
            replayUntil(consumer, consumer.endOffsets(consumer.assignment()), rebuilt, tally, progress);
            replayUntil(consumer, consumer.endOffsets(consumer.assignment()), rebuilt, tally, progress);
            index.moveAlias(previous, rebuilt);
            replayUntil(consumer, consumer.endOffsets(consumer.assignment()), rebuilt, tally, progress);
            progress.finish();
        } finally {
            meters.idle();
        }
        out.printf("The alias %s now points at %s (%,d changes applied, %,d unreadable records skipped, %,d refused).%n",
                CommentIndex.ALIAS, rebuilt, tally.applied, tally.unreadable, tally.refused.size());
        tally.refused.stream().limit(10).forEach(reason -> out.println("  refused: " + reason));
        out.println(previous + " is kept; drop it with ./feedback drop-index " + previous);
        return new Outcome(previous, rebuilt, tally.applied, tally.unreadable, List.copyOf(tally.refused));
    }

    private void replayUntil(Consumer<String, CommentEvent> consumer, Map<TopicPartition, Long> ends, String target,
                             Tally tally, Progress progress) throws InterruptedException {
        long behind = ends.entrySet().stream().mapToLong(end -> end.getValue() - consumer.position(end.getKey())).sum();
        progress.expect(progress.done + Math.max(0, behind));
        while (!LogReplay.reached(consumer, ends)) {
            ConsumerRecords<String, CommentEvent> records = consumer.poll(POLL);
            List<CommentEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, CommentEvent> record : records) {
                if (record.value() == null) {
                    tally.unreadable++;
                } else {
                    events.add(record.value());
                }
            }
            for (BulkResponseItem outcome : writeUntilTaken(events, target)) {
                if (outcome.error() == null) {
                    tally.applied++;
                } else {
                    tally.refused.add(outcome.id() + ": " + outcome.error().reason());
                }
            }
            progress.advance(records.count());
        }
    }

    /** Elasticsearch unavailable is waited out, as the live indexer does; nothing is skipped. */
    private List<BulkResponseItem> writeUntilTaken(List<CommentEvent> events, String target) throws InterruptedException {
        while (true) {
            try {
                return writer.write(documents.changes(events, target));
            } catch (IndexUnavailableException unavailable) {
                Thread.sleep(RETRY.toMillis());
            }
        }
    }

    private static final class Tally {
        long applied;
        long unreadable;
        final List<String> refused = new ArrayList<>();
    }

    /** One line, redrawn: a bar, records replayed of the total, the rate and the time left. */
    private static final class Progress {

        private static final int WIDTH = 30;
        private static final long REDRAW_NANOS = 250_000_000L;

        private final PrintStream out;
        private final RebuildMeters meters;
        private final long started = System.nanoTime();
        private long total;
        private long done;
        private long drawn;

        Progress(PrintStream out, RebuildMeters meters) {
            this.out = out;
            this.meters = meters;
        }

        void expect(long total) {
            this.total = total;
        }

        void advance(long records) {
            done += records;
            meters.replayed(done, total);
            if (System.nanoTime() - drawn > REDRAW_NANOS) {
                draw();
            }
        }

        void finish() {
            draw();
            out.println();
        }

        private void draw() {
            drawn = System.nanoTime();
            double seconds = Math.max(1e-3, (drawn - started) / 1e9);
            double rate = done / seconds;
            int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(1.0, done / (double) total));
            long left = rate <= 0 ? 0 : (long) Math.ceil(Math.max(0, total - done) / rate);
            out.printf("\r[%s%s] %,d / %,d records  %,.0f/s  ETA %d s ", "#".repeat(filled), "-".repeat(WIDTH - filled),
                    done, total, rate, left);
            out.flush();
        }
    }
}
