package cn.hongqi.feedback.staff.moderation;

import cn.hongqi.feedback.events.CommentEvent;
import cn.hongqi.feedback.events.CommentModerated;
import cn.hongqi.feedback.events.CommentReplied;
import cn.hongqi.feedback.events.Topics;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import cn.hongqi.feedback.staff.search.CommentSearch;
import cn.hongqi.feedback.staff.search.SearchQuery;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.security.core.Authentication;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every moderation decision and every official reply is an event on the comment log, keyed by the
 * comment id, naming who did it, when and why: the audit log is the log itself, and the index, the
 * portal and the receipt page follow from it. A decision returns once Kafka has it.
 */
@Service
class ModerationDecisions {

    static final int MAX_REASON_LENGTH = 200;
    static final int MAX_REPLY_LENGTH = 2000;
    private static final long ACKNOWLEDGED_WITHIN_SECONDS = 10;

    private final KafkaTemplate<String, CommentEvent> template;
    private final ElasticsearchClient elasticsearch;
    private final CommentSearch search;
    private final ModerationMeters meters;
    private final Clock clock;

    ModerationDecisions(KafkaProperties kafka, ElasticsearchClient elasticsearch, CommentSearch search, ModerationMeters meters) {
        this.template = Topics.COMMENT_EVENTS.acknowledgedTemplate(kafka.buildProducerProperties());
        this.elasticsearch = elasticsearch;
        this.search = search;
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    /** One decision for every comment of a campaign: each is still an event of its own. @return how many */
    int decideCampaign(String campaignId, CommentModerated.Action action, String reason, Authentication moderator) {
        List<String> members = members(campaignId, moderator);
        members.forEach(id -> decide(id, action, reason, moderator.getName()));
        return members.size();
    }

    /** The same official reply to every comment of a campaign. @return how many */
    int replyToCampaign(String campaignId, String text, String author, Authentication staff) {
        List<String> members = members(campaignId, staff);
        members.forEach(id -> reply(id, text, author, staff.getName()));
        return members.size();
    }

    private List<String> members(String campaignId, Authentication reader) {
        if (campaignId == null || campaignId.isBlank()) {
            throw new ModerationRejectedException("moderation.comment-unknown");
        }
        List<String> members = new ArrayList<>();
        search.forEach(SearchQuery.campaign(campaignId), reader,
                hit -> members.add(hit.comment().commentId()));
        if (members.isEmpty()) {
            throw new ModerationRejectedException("moderation.comment-unknown");
        }
        return members;
    }

    CommentModerated decide(String commentId, CommentModerated.Action action, String reason, String moderator) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action == CommentModerated.Action.HIDE && why == null) {
            throw new ModerationRejectedException("moderation.reason-required");
        }
        if (why != null && why.length() > MAX_REASON_LENGTH) {
            throw new ModerationRejectedException("moderation.reason-too-long");
        }
        requireComment(commentId);
        CommentModerated decision = new CommentModerated(commentId, action, why, moderator, clock.instant());
        publish(decision);
        meters.decided(action);
        return decision;
    }

    CommentReplied reply(String commentId, String text, String author, String staff) {
        String answer = text == null ? "" : text.strip();
        String office = author == null ? "" : author.strip();
        if (answer.isEmpty() || answer.length() > MAX_REPLY_LENGTH) {
            throw new ModerationRejectedException("reply.text-invalid");
        }
        if (office.isEmpty() || office.length() > 50) {
            throw new ModerationRejectedException("reply.author-invalid");
        }
        requireComment(commentId);
        CommentReplied reply = new CommentReplied(commentId, answer, office, staff, clock.instant());
        publish(reply);
        meters.replied();
        return reply;
    }

    /** A decision on a comment nobody submitted would create a document holding only the decision. */
    private void requireComment(String commentId) {
        try {
            if (!elasticsearch.exists(request -> request.index(CommentIndex.ALIAS).id(commentId)).value()) {
                throw new ModerationRejectedException("moderation.comment-unknown");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the comment index cannot be reached", e);
        }
    }

    private void publish(CommentEvent event) {
        try {
            template.send(Topics.COMMENT_EVENTS.name(), event.commentId(), event).get(ACKNOWLEDGED_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new UncheckedIOException(new IOException("the comment log did not take the decision", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
