package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.analysis.Analysis;
import cn.hongqi.feedback.analysis.ChineseSegmenter;
import cn.hongqi.feedback.analysis.TextAnalyzer;
import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.CommentWithdrawn;
import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import cn.hongqi.feedback.report.SectionKeys;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Turns each event of a comment's life into the change it makes to the comment's document. Every
 * change is an upsert keyed by the comment id, so the events of one comment can be applied in any
 * state of the index, and applying the log again gives the same documents:
 * <ul>
 *   <li>a submission fills in everything but the status, which it sets only on a new document, so
 *       a replayed submission does not undo a later decision;</li>
 *   <li>a moderation decision or a reply that finds no document yet creates one holding just
 *       itself, which the submission completes;</li>
 *   <li>a withdrawal marks the comment {@code withdrawn} for good: no later submission record of
 *       it (the portal's unacknowledged one) sets a status on an existing document.</li>
 * </ul>
 */
@Component
class CommentDocuments {

    private static final int RETRIES_ON_CONFLICT = 3;

    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final TextAnalyzer analyzer;
    private final Clock clock;

    CommentDocuments(TextAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    BulkOperation change(CommentEvent event) {
        if (event instanceof CommentSubmitted submitted) {
            return submission(submitted);
        }
        if (event instanceof CommentModerated moderated) {
            return merge(moderated.commentId(), Map.of("status", moderated.action().status(),
                    "moderation", new CommentDocument.Moderation(moderated.action().name(), moderated.reason(),
                            moderated.moderator(), moderated.occurredAt())));
        }
        if (event instanceof CommentWithdrawn withdrawn) {
            return merge(withdrawn.commentId(), Map.of("status", CommentDocument.STATUS_WITHDRAWN));
        }
        CommentReplied replied = (CommentReplied) event;
        return merge(replied.commentId(), Map.of("reply",
                new CommentDocument.Reply(replied.text(), replied.author(), replied.staff(), replied.occurredAt())));
    }

    private BulkOperation submission(CommentSubmitted submitted) {
        CommentDocument document = document(submitted, null);
        CommentDocument newDocument = document(submitted, CommentDocument.STATUS_NEW);
        return BulkOperation.of(operation -> operation.update(update -> update.index(CommentIndex.ALIAS)
                .id(submitted.commentId()).retryOnConflict(RETRIES_ON_CONFLICT)
                .action(action -> action.doc(document).upsert(newDocument))));
    }

    private static BulkOperation merge(String commentId, Map<String, Object> fields) {
        return BulkOperation.of(operation -> operation.update(update -> update.index(CommentIndex.ALIAS)
                .id(commentId).retryOnConflict(RETRIES_ON_CONFLICT)
                .action(action -> action.doc(fields).docAsUpsert(true))));
    }

    private CommentDocument document(CommentSubmitted submitted, String status) {
        Analysis analysis = analyzer.analyze(submitted.text());
        return new CommentDocument(submitted.commentId(), submitted.receipt(), submitted.reportId(),
                submitted.sectionKey(), SectionKeys.pathOf(submitted.sectionKey()), submitted.anchorId(),
                submitted.text(), segmenter.segmented(submitted.text()), submitted.role().wireName(),
                submitted.displayName(), submitted.delegation(), submitted.sealedContact(),
                new CommentDocument.Sentiment(analysis.label(), analysis.score(), analysis.confidence(), analysis.modelVersion()),
                analysis.intent(), analysis.keywords(), analysis.fingerprint(), status, submitted.occurredAt(), clock.instant(), null, null);
    }
}
