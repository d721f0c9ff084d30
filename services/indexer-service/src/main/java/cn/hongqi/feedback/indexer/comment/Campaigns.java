package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.analysis.SimHash;
import cn.hongqi.feedback.index.CommentDocument;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicates into campaigns. A comment joins the campaign of the nearest comment
 * already indexed (or earlier in the same batch) whose fingerprint is at most
 * {@link SimHash#NEAR_DUPLICATE_BITS} bits away; otherwise it starts one, named by its own id.
 * Candidates come from one terms query on the fingerprint bands per batch (a campaign arrives as a
 * flood, and a query per comment would halve the indexer's throughput), and from the comments this
 * indexer placed recently: a search sees a document only after the next refresh, and a flood's
 * copies arrive within one.
 */
@Component
class Campaigns {

    private static final int CANDIDATES = 1000;
    private static final int REMEMBERED = 20_000;

    private final ElasticsearchClient client;
    private final Map<String, Map<String, Placed>> recentByIndex = new HashMap<>();

    /** A comment this indexer placed in a campaign. */
    private record Placed(Member member, String campaignId) {
    }

    Campaigns(ElasticsearchClient client) {
        this.client = client;
    }

    /** A comment about to be indexed: its id and fingerprint. */
    record Member(String commentId, String fingerprint) {
    }

    /** The campaign of each member, by comment id, in the index named. */
    synchronized Map<String, String> assign(List<Member> members, String index) {
        Map<String, String> campaigns = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return campaigns;
        }
        List<Member> known = new ArrayList<>();
        Map<String, String> knownCampaigns = new LinkedHashMap<>();
        Map<String, Placed> recent = recentByIndex.computeIfAbsent(index, any -> new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Placed> eldest) {
                return size() > REMEMBERED;
            }
        });
        for (Placed placed : recent.values()) {
            known.add(placed.member());
            knownCampaigns.put(placed.member().commentId(), placed.campaignId());
        }
        for (Hit<CommentDocument> hit : candidates(members, index)) {
            CommentDocument document = hit.source();
            if (document != null && document.fingerprint() != null && document.campaignId() != null
                    && !knownCampaigns.containsKey(document.commentId())) {
                known.add(new Member(document.commentId(), document.fingerprint()));
                knownCampaigns.put(document.commentId(), document.campaignId());
            }
        }
        for (Member member : members) {
            String campaign = member.commentId();
            int nearest = SimHash.NEAR_DUPLICATE_BITS + 1;
            for (Member other : known) {
                int distance = SimHash.distance(member.fingerprint(), other.fingerprint());
                if (distance < nearest) {
                    nearest = distance;
                    campaign = knownCampaigns.get(other.commentId());
                }
            }
            campaigns.put(member.commentId(), campaign);
            recent.put(member.commentId(), new Placed(member, campaign));
            if (!knownCampaigns.containsKey(member.commentId())) {
                known.add(member);
                knownCampaigns.put(member.commentId(), campaign);
            }
        }
        return campaigns;
    }

    /** The earliest comments that share a band with any member; none while the index does not exist yet. */
    private List<Hit<CommentDocument>> candidates(List<Member> members, String index) {
        List<FieldValue> bands = members.stream().flatMap(member -> SimHash.bands(member.fingerprint()).stream())
                .distinct().map(FieldValue::of).toList();
        try {
            return client.search(search -> search.index(index).size(CANDIDATES)
                            .query(query -> query.terms(terms -> terms.field("fingerprintBands").terms(values -> values.value(bands))))
                            .sort(sort -> sort.field(field -> field.field("submittedAt").order(SortOrder.Asc)))
                            .source(source -> source.filter(filter -> filter.includes("commentId", "fingerprint", "campaignId"))),
                    CommentDocument.class).hits().hits();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return List.of();
            }
            throw new IndexUnavailableException("cannot look up campaigns", e);
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot look up campaigns", e);
        }
    }
}
