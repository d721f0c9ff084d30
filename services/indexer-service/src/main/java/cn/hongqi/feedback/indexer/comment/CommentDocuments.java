package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.analysis.Analysis;
import cn.hongqi.feedback.analysis.TextAnalyzer;
import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import cn.hongqi.feedback.events.CommentSubmitted;
import cn.hongqi.feedback.events.CommentWithdrawn;
import cn.hongqi.feedback.index.CommentDocument;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each event of a comment's life into the change it makes to the comment's document. Every
 * change is keyed by the comment id and works in any state of the index, so the events of one
 * comment can be applied in any order, and applying the log again gives the same documents:
 * <ul>
 *   <li>a submission first tries to create its document, the cheap write that nearly always
 *       succeeds; only when the document exists already (a replay, or a decision that came first)
 *       is it applied as an update, {@link Change#ifExists()};</li>
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

    private final TextAnalyzer analyzer;
    private final Campaigns campaigns;
    private final Clock clock;

    CommentDocuments(TextAnalyzer analyzer, Campaigns campaigns, Clock clock) {
        this.analyzer = analyzer;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    String modelVersion() {
        return analyzer.modelVersion();
    }

    /**
     * The changes a batch of events makes to one index (the alias, or a version being rebuilt beside
     * it), in the order of the events. Submissions are analysed once each, and grouped into campaigns
     * with what the index already holds and with each other.
     */
    List<Change> changes(List<CommentEvent> events, String index) {
        Map<String, Analysis> analyses = new HashMap<>();
        List<Campaigns.Member> members = new ArrayList<>();
        for (CommentEvent event : events) {
            if (event instanceof CommentSubmitted submitted && !analyses.containsKey(submitted.commentId())) {
                Analysis analysis = analyzer.analyze(submitted.text());
                analyses.put(submitted.commentId(), analysis);
                members.add(new Campaigns.Member(submitted.commentId(), analysis.fingerprint()));
            }
        }
        Map<String, String> campaignOf = campaigns.assign(members, index);
        return events.stream().map(event -> event instanceof CommentSubmitted submitted
                ? submission(submitted, analyses.get(submitted.commentId()), campaignOf.get(submitted.commentId()), index)
                : new Change(change(event, index), null, null)).toList();
    }

    /**
     * One event's write, and the write to use instead if Elasticsearch answers that the document
     * already exists (409); {@code ifExists} is null for writes that cannot conflict. {@code sentiment}
     * is the analysis a submission carries into the index, null for the other events.
     */
    record Change(BulkOperation operation, BulkOperation ifExists, Sentiment sentiment) {
    }

    record Sentiment(String sectionKey, String label) {
    }

    private static BulkOperation change(CommentEvent event, String index) {
        if (event instanceof CommentModerated moderated) {
            return merge(index, moderated.commentId(), Map.of("status", moderated.action().status(),
                    "moderation", new CommentDocument.Moderation(moderated.action().name(), moderated.reason(),
                            moderated.moderator(), moderated.occurredAt())));
        }
        if (event instanceof CommentWithdrawn withdrawn) {
            return merge(index, withdrawn.commentId(), Map.of("status", CommentDocument.STATUS_WITHDRAWN));
        }
        CommentReplied replied = (CommentReplied) event;
        return merge(index, replied.commentId(), Map.of("reply",
                new CommentDocument.Reply(replied.text(), replied.author(), replied.staff(), replied.occurredAt())));
    }

    private Change submission(CommentSubmitted submitted, Analysis analysis, String campaignId, String index) {
        CommentDocument document = CommentDocument.analysed(submitted, analysis, campaignId, clock.instant());
        CommentDocument newDocument = document.withStatus(CommentDocument.STATUS_NEW);
        return new Change(
                BulkOperation.of(operation -> operation.create(create -> create.index(index).id(submitted.commentId()).document(newDocument))),
                BulkOperation.of(operation -> operation.update(update -> update.index(index)
                        .id(submitted.commentId()).retryOnConflict(RETRIES_ON_CONFLICT)
                        .action(action -> action.doc(document).upsert(newDocument)))),
                new Sentiment(submitted.sectionKey(), analysis.label()));
    }

    private static BulkOperation merge(String index, String commentId, Map<String, Object> fields) {
        return BulkOperation.of(operation -> operation.update(update -> update.index(index)
                .id(commentId).retryOnConflict(RETRIES_ON_CONFLICT)
                .action(action -> action.doc(fields).docAsUpsert(true))));
    }
}
